#!/usr/bin/env node
// `npm run houqin -- <command>`: the administration CLI (migrate, create-admin, backup …).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstalled, root, run } from './lib/ensure.mjs';

ensureInstalled();
run(process.execPath, [path.join(root, 'scripts/build.mjs'), '--server-only']);
await import(pathToFileURL(path.join(root, 'dist/server/cli.js')).href);
