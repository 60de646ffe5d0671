#!/usr/bin/env node
// Builds what is out of date: the server bundle (esbuild) and the web UI (vite).
// `--web-only` / `--server-only` narrow it; `--force` rebuilds regardless of timestamps.
import fs from 'node:fs';
import path from 'node:path';
import { ensureInstalled, root, run } from './lib/ensure.mjs';

ensureInstalled();
const args = new Set(process.argv.slice(2));
const force = args.has('--force');

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== 'node_modules') visit(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return newest;
}

function outdated(sources, output) {
  const out = path.join(root, output);
  return force || !fs.existsSync(out) || newestMtime(sources) > fs.statSync(out).mtimeMs;
}

const shared = ['packages/contracts/src', 'package-lock.json'];

if (!args.has('--web-only') && outdated(['apps/server/src', ...shared], 'dist/server/main.js')) {
  console.log('Building server …');
  const esbuild = await import('esbuild');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  await esbuild.build({
    entryPoints: { main: 'apps/server/src/main.ts', cli: 'apps/server/src/cli.ts' },
    absWorkingDir: root,
    outdir: 'dist/server',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // Pure-JS dependencies are bundled: loading kysely or typebox file by file costs more than a
    // second of start-up. Kept external: native addons, packages that read their own data files at
    // run time, and the heavy ones loaded lazily on first use (pg, exceljs, pdfkit, sharp, file-type).
    external: [
      'better-sqlite3', '@node-rs/argon2', 'sharp', 'pg', 'exceljs', 'pdfkit', 'file-type', '@fastify/swagger-ui',
    ].filter((name) => name in (pkg.dependencies ?? {})),
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
}

// HOUQIN_WEB_DIR lets parallel work build and serve the UI from its own folder (vite.config.ts reads it too).
const webDir = process.env.HOUQIN_WEB_DIR ?? 'dist/web';
if (!args.has('--server-only') && outdated(['apps/web', ...shared], path.join(path.relative(root, path.resolve(root, webDir)), 'index.html'))) {
  console.log('Building web UI …');
  run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
}
