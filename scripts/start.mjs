#!/usr/bin/env node
// `npm start`: install what is missing, build what is stale, migrate and serve.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstalled, root, run } from './lib/ensure.mjs';

ensureInstalled();
run(process.execPath, [path.join(root, 'scripts/build.mjs')]);
process.chdir(root);
await import(pathToFileURL(path.join(root, 'dist/server/main.js')).href);
