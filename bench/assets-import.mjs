// Issue 4, journey 1: importing a 50,000-row messy asset ledger over real HTTP on SQLite — the
// check (dry run) and the commit, each one request that uploads, matches and (for the commit)
// writes; the check reads the workbook and the commit reuses that reading (platform/excel/parsed-import-cache.ts)
// — then a re-import that reads it again, with the server's peak RSS. Baseline, same run: a bare node process reading the same
// workbook alone with exceljs's streaming reader (bench/assets-import-baseline.mjs).
// `node bench/assets-import.mjs` after `node scripts/build.mjs --server-only`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../scripts/lib/server-flags.mjs';
import { BENCH_ADMIN, BenchClient, setUpSchool } from './lib/http-client.mjs';
import { freePort, msUntil200, root, spawnServer, stop } from './lib/proc.mjs';

const ROWS = 50_000;
const TARGET_MS = 20_000;
const TARGET_RSS_MB = 500;
const PLACES = ['一年级1班教室', '一年级2班教室', '二年级1班教室', '图书室', '科学实验室', '体育器材室'];
const KEEPER = { staffNo: 'K001', name: '资产保管员', password: 'Bench-Keeper-2026' };

const peakRssMb = (pid) => Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

function writeLedger(file) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/assets-import-ledger.ts', file, String(ROWS), PLACES.join(','), `${BENCH_ADMIN.name},${KEEPER.name}`], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ledger generator failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function readAlone(file) {
  const r = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, 'bench/assets-import-baseline.mjs', file], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`baseline reader failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** A school with the rooms the ledger names and a storekeeper (asset:import) who has set a password. */
async function prepareSchool(url) {
  const admin = new BenchClient(url);
  // Setup signs the administrator in; its answer carries the session's CSRF token.
  admin.csrfToken = (await setUpSchool(admin)).csrfToken;
  const campuses = await admin.expect('GET', '/api/v1/campuses');
  const campusId = campuses.items[0].id;
  const building = await admin.expect('POST', '/api/v1/buildings', { campusId, name: '教学楼', floorsAbove: 4 });
  await admin.expect('POST', '/api/v1/rooms/batch', { campusId, buildingId: building.id, floor: 1, roomType: 'classroom', names: PLACES });
  await admin.expect('POST', '/api/v1/users', { staffNo: KEEPER.staffNo, name: KEEPER.name, roles: ['storekeeper'], password: KEEPER.password });
  const keeper = new BenchClient(url);
  const me = await keeper.login(KEEPER.staffNo, KEEPER.password);
  if (me.mustChangePassword) {
    await keeper.expect('POST', '/api/v1/auth/password', { currentPassword: KEEPER.password, newPassword: `${KEEPER.password}!` });
    await keeper.login(KEEPER.staffNo, `${KEEPER.password}!`);
  }
  return keeper;
}

const rssNowMb = (pid) => Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** Highest VmRSS of `pid` seen every 50 ms while `fn` runs, to tell which request sets the peak. */
async function sampledPeak(pid, fn) {
  let peak = rssNowMb(pid);
  const timer = setInterval(() => { peak = Math.max(peak, rssNowMb(pid)); }, 50);
  try { return { ...(await fn()), peakMb: peak }; } finally { clearInterval(timer); }
}

async function post(client, file, fields) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([fs.readFileSync(file)]), '固定资产台账.xlsx');
  const t0 = performance.now();
  const res = await fetch(`${client.baseUrl}/api/v1/assets/import`, { method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, body: form });
  const body = await res.json();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return { ms, body };
}

export async function benchAssetsImport() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-assets-import-'));
  const file = path.join(dataDir, 'ledger.xlsx');
  try {
    const { bytes } = writeLedger(file);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // `--profile`: the server writes a CPU profile to .tmp/ when it stops, to see where the time goes.
    const profile = process.argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, '.tmp', 'assets-import-profile')}`] : [];
    const server = spawnServer([...SERVER_NODE_FLAGS, ...profile, 'dist/server/main.js'], { HOST: '127.0.0.1', PORT: String(port), HOUQIN_DATA_DIR: dataDir, DATABASE_URL: '' });
    let dry; let commit; let again; let rss; let alone;
    try {
      await msUntil200(server, `${url}/api/health`, performance.now());
      const keeper = await prepareSchool(url);
      alone = readAlone(file);
      dry = await sampledPeak(server.pid, () => post(keeper, file, { dryRun: 'true' }));
      if (dry.body.errors.length || dry.body.summary.new !== ROWS) throw new Error(`dry run: ${JSON.stringify(dry.body.summary)}; first problems ${JSON.stringify(dry.body.errors.slice(0, 3))}`);
      commit = await sampledPeak(server.pid, () => post(keeper, file, { dryRun: 'false' }));
      if (commit.body.created.length !== ROWS) throw new Error(`commit created ${commit.body.created.length} cards, expected ${ROWS}`);
      // An explicit header row changes the parse options, so this import reads the workbook itself
      // instead of the check's reading: the slow path (exceljs with 50,000 cards on the books) stays measured.
      again = await sampledPeak(server.pid, () => post(keeper, file, { dryRun: 'false', headerRow: String(dry.body.headerRow) }));
      if (again.body.created.length !== 0 || again.body.summary.unchanged !== ROWS) throw new Error(`re-import was not a no-op: ${JSON.stringify(again.body.summary)}`);
      rss = peakRssMb(server.pid);
    } finally {
      await stop(server);
    }
    const endToEnd = dry.ms + commit.ms;
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MB .xlsx, 15 columns, title + two-row header, mixed date and amount forms`;
    return [
      {
        name: 'Asset ledger import, 50,000 rows: check (dry run) + commit over HTTP', unit: 'ms', value: endToEnd, baseline: alone.ms,
        baselineName: 'reading the same workbook alone (exceljs stream, separate process)', target: `< ${TARGET_MS / 1000} s`, pass: endToEnd < TARGET_MS,
        note: `${size}; dry run ${(dry.ms / 1000).toFixed(1)} s, commit ${(commit.ms / 1000).toFixed(1)} s (reuses the check's parse of the same file and writes 50,000 cards, audit and timeline rows in one transaction); re-import without the check's parse (reads the workbook again) ${(again.ms / 1000).toFixed(1)} s, all unchanged`,
      },
      {
        name: 'Asset ledger import, 50,000 rows: commit alone (upload → cards written)', unit: 'ms', value: commit.ms, baseline: alone.ms,
        baselineName: 'reading the same workbook alone', target: `< ${TARGET_MS / 1000} s`, pass: commit.ms < TARGET_MS, note: 'one request, one transaction; the parse comes from the check just before',
      },
      {
        name: 'Asset ledger import, 50,000 rows: peak server RSS', unit: 'MB', value: rss, baseline: alone.peakRssMb,
        baselineName: 'peak RSS of the reader alone', target: `< ${TARGET_RSS_MB} MB`, pass: rss < TARGET_RSS_MB, note: `VmHWM of the server process over setup, dry run, commit and re-import; sampled VmRSS peaks: dry run ${dry.peakMb.toFixed(0)} MB, commit ${commit.peakMb.toFixed(0)} MB, re-import ${again.peakMb.toFixed(0)} MB`,
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchAssetsImport()) console.log(`${r.name}: ${r.value.toFixed(0)} ${r.unit} (baseline ${r.baseline.toFixed(0)} ${r.unit}) ${r.pass ? 'PASS' : 'FAIL'} — ${r.note ?? ''}`);
}
