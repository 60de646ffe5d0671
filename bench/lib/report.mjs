// Prints the results as a table and writes BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './proc.mjs';

const fmt = (v, unit) => {
  if (unit === 'req/s') return Math.round(v).toLocaleString('en-US');
  if (unit === 'ms' && v >= 1000) return Math.round(v).toLocaleString('en-US');
  return v.toFixed(unit === 'KB' || unit === 'MB' || (unit === 'ms' && v < 100) ? 1 : 0);
};

function ratioOf(row) {
  return row.baseline > 0 ? `${(row.value / row.baseline).toFixed(2)}×` : '—';
}

export function printTable(rows) {
  const header = ['Benchmark', 'Houqin', 'Baseline', 'Ratio', 'Target', 'Result'];
  const lines = rows.map((r) => [r.name, `${fmt(r.value, r.unit)} ${r.unit}`, `${fmt(r.baseline, r.unit)} ${r.unit}`, ratioOf(r), r.target, r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines) console.log(line(l));
}

export function machineLine() {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${load} (1/5/15 min) when the run ended`;
}

/** Issue 3 (repairs): its own table, then the text of bench/repairs/BENCHMARKS-repairs.md. */
function repairsSection(rows, date) {
  const machine = `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`;
  const table = [
    '| Measure | Result | Target | Baseline (same run) | Ratio | Pass | Date (UTC) | Machine | Notes |',
    '|---|---:|---|---|---:|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${fmt(r.value, r.unit)} ${r.unit} | ${r.target} | ${fmt(r.baseline, r.unit)} ${r.unit} — ${r.baselineName} | ${ratioOf(r)} | ${r.pass ? '✅ pass' : '❌ fail'} | ${date} | ${machine} | ${r.note ?? ''} |`),
    ...(rows.some((r) => r.name.startsWith('Preventive maintenance')) ? [] : ['| Preventive maintenance: generating a term\'s preventive work orders for 300 schools | — | < 60 s | — | — | ⏳ not run | — | — | bench key `maintenance` |']),
  ].join('\n');
  const text = fs.readFileSync(path.join(root, 'bench/repairs/BENCHMARKS-repairs.md'), 'utf8');
  const maintenance = fs.readFileSync(path.join(root, 'bench/maintenance/BENCHMARKS-maintenance.md'), 'utf8');
  return `\n## Issue 3 — repairs\n\n${table}\n\n${text.trim()}\n\n${maintenance.trim()}\n`;
}

export function writeMarkdown(allRows, { command, failures }) {
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  const rows = allRows.filter((r) => !r.section);
  const repairs = allRows.filter((r) => r.section === 'repairs');
  const table = [
    '| Benchmark | Houqin | Baseline (same run) | Ratio | Target | Result | Notes |',
    '|---|---:|---|---:|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${fmt(r.value, r.unit)} ${r.unit} | ${fmt(r.baseline, r.unit)} ${r.unit} — ${r.baselineName} | ${ratioOf(r)} | ${r.target} | ${r.pass ? '✅ pass' : '❌ fail'} | ${r.note ?? ''} |`),
  ].join('\n');
  const failed = failures.length ? `\n**Benchmarks that could not run:**\n\n${failures.map((f) => `- ${f.name}: ${f.error.split('\n')[0]}`).join('\n')}\n` : '';
  const md = `# Benchmarks

Every figure is measured in one run together with a baseline measured in the same run on the same
machine, so the ratio stays meaningful when the machine is busy. Loads are bounded in count and
time and go to 127.0.0.1 only.

- **Command:** \`${command}\`
- **Date:** ${date} UTC
- **Machine:** ${machineLine()}
- **Database:** embedded SQLite (WAL, synchronous=NORMAL, the default), server built with \`node scripts/build.mjs\`, started as \`node --max-semi-space-size=2 dist/server/main.js\` (the flags \`npm start\` uses, scripts/lib/server-flags.mjs) with the default log level

${table}
${failed}
## What each benchmark does

- **Cold start** (\`bench/cold-start.mjs\`): spawns \`node --max-semi-space-size=2 dist/server/main.js\` and polls
  \`GET /api/health\` every 5 ms until the first 200; median of 5 runs on a fresh data directory
  (the migrations run) and 5 runs on an already migrated one. Baseline: \`node -e\` with a bare
  \`node:http\` server answering 200. The three kinds of start are interleaved.
- **Idle RSS**: after first-run setup, a login and a few page and API requests, settled 2 s, then
  \`VmRSS\` from \`/proc/<pid>/status\`. Baseline: the bare \`node:http\` server after 5 requests.
- **Room list** (\`bench/rooms-list.mjs\`): \`bench/generate-rooms.ts\` writes a SQLite file through the
  real migrations and setup (one school, 2 campuses, 100 buildings, 50,000 rooms of 8 types on 6–7
  floors, 20 % with a QR code). autocannon, 10 connections, 2 s warm-up each, then five rounds of
  2 s per server alternating between them (so load from neighbours on the machine hits both alike); rotates pages 1–10 over different buildings of
  \`GET /api/v1/rooms?page=N&pageSize=20&buildingId=…&roomType=classroom&sort=name\` with a session
  cookie. Baseline: \`bench/baseline-rooms-server.mjs\`, bare Fastify + better-sqlite3 running the
  same count and page SQL on the same file with no session, permission or schema work. Both run
  at the same time on the same file (SQLite WAL); their answers are checked to agree before the
  load starts.
- **Login** (\`bench/login.mjs\`): 20 sequential \`POST /api/v1/auth/login\` (argon2id, m = 19 MiB,
  t = 2, p = 1) after one warm-up; p50 and p95. Baseline: 20 sequential \`GET /api/health\`.
- **Bundle sizes** (\`bench/bundle-size.mjs\`): parses \`dist/web/*.html\` for entry scripts,
  \`modulepreload\` links and stylesheets, follows static \`import\`s between chunks (lazy
  \`import()\` chunks are not first load), gzips each file (level 9) and sums. The phone scan row
  adds the lazily loaded \`/q/…\` route chunk and the chunks Vite preloads with it. Baseline:
  \`react.production.js\` + \`react-dom-client.production.js\`, minified with esbuild (the CommonJS
  files ship unminified) and gzipped.
- **Asset ledger import** (\`bench/assets-import.mjs\`, issue 4): \`bench/assets-import-ledger.ts\` writes a 50,000-row messy ledger (merged title, two-row 原值 header, dates as 2019.9 / 2019年9月 / 2019-09 / real dates, amounts as "1,200.00元" / "￥1200" / numbers, every 10th row without a number, a blank line every 500 rows); a fresh SQLite server gets rooms and a storekeeper, then the file is posted to \`POST /api/v1/assets/import\` as a check (dryRun), a commit and a re-import (must create nothing). Peak RSS is the server's \`VmHWM\`. Baseline: a separate node process reading the same workbook alone with exceljs's streaming reader (\`bench/assets-import-baseline.mjs\`).
- **Asset labels** (\`bench/asset-labels.mjs\`): one storekeeper request for the A4 3×8 QR label PDF of 1,000 asset cards (first print links a code to each card, then a reprint). Baseline: the room label PDF of 1,000 rooms on the same server, interleaved.
- **Asset search and depreciation at district size** (\`bench/assets-search.mjs\`, \`bench/assets-depreciation.mjs\`, issue 4): PostgreSQL database \`houqin_bench_assets\` (kept between runs), 300 schools × 5,000 cards from 200 school asset names, spread round-robin over the schools, booked through 2026-09. Search: 25 rounds of ten keywords (number, number prefix, name fragments, pinyin initials, partial pinyin, brand, no match) as one school's storekeeper over HTTP, page 1 of 20 with total; baseline the same list without a keyword, interleaved. Depreciation: the scheduled job (\`runDepreciationJob\`) books 2026-10 for every school; 2,000 booked cards are checked against \`rules/depreciation.ts\` to the fen; baseline one bare UPDATE of the same cards (the undo that readies the next run).
- **Stocktake reconcile** (\`bench/asset-reconcile.mjs\`, issue 4): a fresh database (SQLite file; PostgreSQL schema when \`TEST_DATABASE_URL\` answers) with 100,000 cards in 100 rooms written in SQL; the real use cases open a whole-school stocktake (snapshot) and finish counting after 95 % of the cards got a scan (some in another room, damaged or with another custodian); \`reconcileStocktake\` is timed 5 times (proposals removed between runs), median. Baseline, interleaved: a grouped count over the same snapshot ⟕ scans join. PostgreSQL is \`ANALYZE\`d first, as autovacuum would have done during the days of counting.
${repairsSection(repairs, date)}`;
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), md);
}
