#!/usr/bin/env node
// The whole suite: unit and HTTP tests on SQLite, the HTTP tests again on PostgreSQL when
// TEST_DATABASE_URL is set, then the Chromium journeys against a built web UI.
// Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureInstalled, root } from './lib/ensure.mjs';

ensureInstalled();
const args = process.argv.slice(2);
// Any other arguments narrow the run to files whose path contains one of them.
const only = args.filter((a) => !a.startsWith('--'));
const skipE2e = args.includes('--no-e2e') || process.env.HOUQIN_SKIP_E2E === '1';

function walk(dir, predicate, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') walk(full, predicate, out);
    else if (entry.isFile() && predicate(entry.name)) out.push(path.relative(root, full));
  }
  return out.sort();
}

const matches = (f) => only.length === 0 || only.some((o) => f.includes(o));
const isUnit = (n) => n.endsWith('.test.ts') && !n.endsWith('.http.test.ts');
// Pure logic of the web UI (no DOM) is unit-tested the same way as the server's.
const unitFiles = [...walk(path.join(root, 'apps/server'), isUnit), ...walk(path.join(root, 'apps/web/src'), isUnit)].filter(matches);
const httpFiles = walk(path.join(root, 'apps/server'), (n) => n.endsWith('.http.test.ts')).filter(matches);
const e2eFiles = walk(path.join(root, 'e2e'), (n) => n.endsWith('.e2e.ts')).filter(matches);

const totals = { passed: 0, failed: 0 };
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });

function runNodeTests(label, files, env = {}, concurrency = 2) {
  if (files.length === 0) return;
  console.log(`\n=== ${label}: ${files.length} files ===`);
  const tapFile = path.join(tmp, `tap-${label.replace(/\W+/g, '-')}.txt`);
  const result = spawnSync(process.execPath, [
    '--import', 'tsx', '--test', `--test-concurrency=${concurrency}`,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    ...files,
  ], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(tap)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail || (result.status === 0 ? 0 : 1);
  console.log(`--- ${label}: ${pass} passed, ${fail} failed`);
}

runNodeTests('unit', unitFiles);
runNodeTests('http-sqlite', httpFiles, { HOUQIN_TEST_DB: 'sqlite' });
if (process.env.TEST_DATABASE_URL) {
  runNodeTests('http-postgres', httpFiles, { HOUQIN_TEST_DB: 'postgres' });
} else {
  console.log('\n=== http-postgres: NOT RUN — TEST_DATABASE_URL is not set (e.g. postgres://houqin:houqin@127.0.0.1:5432/houqin_test); .ci/run sets it ===');
}
if (e2eFiles.length && !skipE2e) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--web-only'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    totals.failed += 1;
    console.log('--- web build failed: the browser journeys were not run');
  } else {
    runNodeTests('e2e-chromium', e2eFiles, { HOUQIN_TEST_DB: 'sqlite' }, 1);
  }
} else if (skipE2e) {
  console.log('\n=== e2e-chromium: skipped by --no-e2e ===');
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
