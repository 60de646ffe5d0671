#!/usr/bin/env node
// `npm start`: install what is missing, build what is stale, then run the server (which migrates
// and serves). The server runs as a child with SERVER_NODE_FLAGS; signals are passed through so
// SIGTERM still shuts it down cleanly.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, root, run } from './lib/ensure.mjs';
import { SERVER_NODE_FLAGS } from './lib/server-flags.mjs';

ensureInstalled();
run(process.execPath, [path.join(root, 'scripts/build.mjs')]);
const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'dist/server/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
