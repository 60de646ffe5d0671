// Shared by the npm scripts: make sure dependencies are installed before anything else runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function isStale() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  return !fs.existsSync(marker) || (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs + 1000);
}

/** Runs `npm ci` when node_modules is missing or older than the lock file, one run at a time. */
export function ensureInstalled() {
  if (!isStale()) return;
  // Two commands started together (npm test in two terminals) must not both wipe node_modules.
  const guard = path.join(root, '.install-lock');
  for (;;) {
    try {
      fs.mkdirSync(guard);
      break;
    } catch {
      // A lock left by a killed install is taken over after 15 minutes.
      if (Date.now() - fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs > 15 * 60_000) fs.rmSync(guard, { recursive: true, force: true });
      console.log('Waiting for another install to finish …');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
  let status = 0;
  try {
    if (isStale()) status = install();
  } finally {
    fs.rmSync(guard, { recursive: true, force: true });
  }
  if (status !== 0) {
    console.error('npm ci failed; see the messages above.');
    process.exit(status);
  }
}

function install() {
  console.log('Installing dependencies (npm ci) …');
  // better-sqlite3 compiles against the system Node headers when no prebuilt binary can be fetched.
  const env = { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? (fs.existsSync('/usr/include/node/node.h') ? '/usr' : undefined) };
  if (!env.npm_config_nodedir) delete env.npm_config_nodedir;
  return spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env }).status ?? 1;
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
