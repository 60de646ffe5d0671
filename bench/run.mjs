#!/usr/bin/env node
// `npm run bench`: builds, runs every benchmark with its same-run baseline, prints a table and
// writes BENCHMARKS.md. `npm run bench -- rooms login` runs only the named ones (cold, rooms,
// login, bundle, repairs, submit) and leaves BENCHMARKS.md alone.
import { spawnSync } from 'node:child_process';
import { benchAssetLabels } from './asset-labels.mjs';
import { benchAssetReconcile } from './asset-reconcile.mjs';
import { benchBundleSize } from './bundle-size.mjs';
import { benchColdStart } from './cold-start.mjs';
import { benchLogin } from './login.mjs';
import { benchMaintenanceGenerate } from './maintenance-generate.mjs';
import { root } from './lib/proc.mjs';
import { machineLine, printTable, writeMarkdown } from './lib/report.mjs';
import { benchRepairsQueries } from './repairs-queries.mjs';
import { benchRepairsSubmit } from './repairs-submit.mjs';
import { benchAssetsImport } from './assets-import.mjs';
import { benchAssetsSearch } from './assets-search.mjs';
import { benchAssetsDepreciation } from './assets-depreciation.mjs';
import { benchRoomsList } from './rooms-list.mjs';

const ALL = [
  { key: 'cold', name: 'Cold start and idle RSS', needs: 'server', run: benchColdStart },
  { key: 'rooms', name: 'Room list over 50,000 rooms', needs: 'server', run: benchRoomsList },
  { key: 'login', name: 'Login', needs: 'server', run: benchLogin },
  { key: 'bundle', name: 'Bundle sizes', needs: 'web', run: benchBundleSize },
  { key: 'repairs', name: 'Repairs board, queue and summary on PostgreSQL and SQLite (issue 3)', needs: 'server', run: benchRepairsQueries },
  { key: 'submit', name: 'Submitting a repair request over HTTP, SQLite FULL vs NORMAL (issue 3)', needs: 'server', run: benchRepairsSubmit },
  { key: 'assets-import', name: 'Importing a 50,000-row asset ledger over HTTP (issue 4)', needs: 'server', run: benchAssetsImport },
  { key: 'maintenance', name: "Generating a term's preventive work orders for 300 schools (issue 3)", needs: 'server', run: benchMaintenanceGenerate },
  { key: 'asset-labels', name: 'Asset QR labels PDF for 1,000 cards (issue 4)', needs: 'server', run: benchAssetLabels },
  { key: 'assets-search', name: 'Asset search (number, name, pinyin) over 1,500,000 cards of 300 schools on PostgreSQL (issue 4)', needs: 'server', run: benchAssetsSearch },
  { key: 'assets-depreciation', name: 'Monthly depreciation run for 1,500,000 cards of 300 schools on PostgreSQL (issue 4)', needs: 'server', run: benchAssetsDepreciation },
  { key: 'asset-reconcile', name: 'Reconciling a stocktake of 100,000 assets on SQLite and PostgreSQL (issue 4)', needs: 'server', run: benchAssetReconcile },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const selected = wanted.length ? ALL.filter((b) => wanted.includes(b.key)) : ALL;
if (selected.length === 0) {
  console.error(`unknown benchmark; choose from: ${ALL.map((b) => b.key).join(', ')}`);
  process.exit(2);
}

console.log(`Machine: ${machineLine()}`);
// Build only what the selected benchmarks measure: the server bundle, the web UI, or both.
const needsWeb = selected.some((b) => b.needs === 'web');
const needsServer = selected.some((b) => b.needs === 'server');
const buildArgs = needsWeb && needsServer ? [] : [needsWeb ? '--web-only' : '--server-only'];
const build = spawnSync(process.execPath, ['scripts/build.mjs', ...buildArgs], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('build failed; nothing was measured');
  process.exit(1);
}

const rows = [];
const failures = [];
for (const bench of selected) {
  console.log(`\n--- ${bench.name} …`);
  const t0 = performance.now();
  try {
    const result = await bench.run();
    rows.push(...result);
    for (const r of result) console.log(`    ${r.name}: ${r.value.toFixed(1)} ${r.unit} (baseline ${r.baseline.toFixed(1)} ${r.unit})`);
  } catch (err) {
    failures.push({ name: bench.name, error: err instanceof Error ? err.message : String(err) });
    console.error(`    FAILED: ${err instanceof Error ? err.message : err}`);
  }
  console.log(`    (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

printTable(rows);
if (wanted.length === 0) {
  writeMarkdown(rows, { command: 'npm run bench', failures });
  console.log('\nWrote BENCHMARKS.md');
}
const failed = failures.length > 0 || rows.some((r) => !r.pass);
console.log(failed ? '\nSome targets were missed or benchmarks failed.' : '\nEvery target met.');
process.exit(failed ? 1 : 0);
