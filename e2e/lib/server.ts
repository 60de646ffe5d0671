import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.js';

export interface E2eServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  dataDir: string;
  /** The last lines the server printed, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface E2eServerOptions {
  /** Start with HOUQIN_DEMO=1 (the demo school and its accounts). */
  demo?: boolean;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** How long to wait for /api/health; tsx compiles the server on first start. */
  readyTimeoutMs?: number;
}

const MAX_LOG_LINES = 200;

function buildWebIfStale(): void {
  // build.mjs compares timestamps, so this is a no-op when dist/web is current.
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--web-only'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`web build failed (exit ${r.status ?? r.signal})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, logs: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${logs()}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${logs()}`);
}

/**
 * The real server from source (`node --import tsx apps/server/src/main.ts`) on a fresh SQLite
 * data directory and a free loopback port, serving the built web UI.
 */
export async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  buildWebIfStale();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > MAX_LOG_LINES) lines.splice(0, lines.length - MAX_LOG_LINES);
  };
  const logs = () => lines.join('\n');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    HOUQIN_DATA_DIR: dataDir,
    HOUQIN_WEB_DIR: path.resolve(repoRoot, process.env.HOUQIN_WEB_DIR ?? 'dist/web'),
    HOUQIN_PUBLIC_URL: url,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...(options.demo ? { HOUQIN_DEMO: '1' } : {}),
    ...options.env,
  };
  // why: the journeys always run on SQLite, whatever the surrounding test run points at.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitOf(child);
      clearTimeout(killed);
    }
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };

  try {
    await waitForHealth(url, child, options.readyTimeoutMs ?? 60_000, logs);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, dataDir, logs, stop };
}
