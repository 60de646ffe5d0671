// Issue 3: submitting a repair request (no photo) over real HTTP on SQLite, one server process,
// with synchronous=FULL (the default) against synchronous=NORMAL in the same run. Both servers
// run at once on their own copy of the 20,000-work-order school and are loaded in alternating
// rounds. `node bench/repairs-submit.mjs --profile` instead profiles the FULL server under the
// same load (--cpu-prof) and prints where its CPU time goes, mapped to source files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SERVER_NODE_FLAGS } from '../scripts/lib/server-flags.mjs';
import { BenchClient } from './lib/http-client.mjs';
import { load, measureAlternating } from './lib/load.mjs';
import { freePort, msUntil200, root, spawnServer, stop } from './lib/proc.mjs';

const CONNECTIONS = 10;
const WARMUP_S = 2;
const ROUNDS = 4;
const ROUND_S = 3;
export const SUBMIT_TARGET_RPS = 500;
const PASSWORD = 'Bench-Pass-2026';

/** The SQLite school (bench/repairs/sqlite-dataset.ts) into `dataDir`; photos not required, so the form needs none. */
export function generateSqliteSchool(dataDir) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/repairs/sqlite-dataset.ts', dataDir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`repairs generator failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function sqliteFileIn(dataDir) {
  const file = fs.readdirSync(dataDir).find((f) => /\.(sqlite|db)$/.test(f));
  if (!file) throw new Error(`no SQLite file in ${dataDir}`);
  return path.join(dataDir, file);
}

/** Rooms and categories to rotate over, and the photo rule relaxed for the form without photos. */
function prepareSchool(dataDir) {
  const db = new Database(sqliteFileIn(dataDir));
  try {
    db.prepare("update repair_settings set photo_rule = 'never'").run();
    const rooms = db.prepare('select id from rooms order by id limit 200').all().map((r) => r.id);
    const categories = db.prepare('select id from repair_categories where active = 1 order by id').all().map((r) => r.id);
    const requests = db.prepare('select count(*) as n from repair_requests').get().n;
    return { rooms, categories, requests };
  } finally {
    db.close();
  }
}

function countRequests(dataDir) {
  const db = new Database(sqliteFileIn(dataDir), { readonly: true });
  try { return db.prepare('select count(*) as n from repair_requests').get().n; } finally { db.close(); }
}

const DESCRIPTIONS = ['教室灯管不亮', '水龙头漏水', '门锁坏了，关不上', '投影仪无信号'];

/** A logged-in teacher's form posts, rotating over rooms, categories and texts. */
async function submitTarget(url, school) {
  const client = new BenchClient(url);
  await client.login('T0001', PASSWORD);
  let n = 0;
  return {
    url,
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' },
    next: () => {
      n += 1;
      const body = {
        roomId: school.rooms[(n * 7) % school.rooms.length],
        categoryId: school.categories[n % school.categories.length],
        description: DESCRIPTIONS[n % DESCRIPTIONS.length],
        urgency: 'normal',
      };
      return { path: '/api/v1/repair-requests', body: JSON.stringify(body) };
    },
  };
}

function startServer(dataDir, synchronous, extraFlags = []) {
  return freePort().then((port) => ({
    port,
    url: `http://127.0.0.1:${port}`,
    child: spawnServer([...SERVER_NODE_FLAGS, ...extraFlags, 'dist/server/main.js'], {
      HOST: '127.0.0.1', PORT: String(port), HOUQIN_DATA_DIR: dataDir, DATABASE_URL: '', HOUQIN_SQLITE_SYNCHRONOUS: synchronous,
    }),
  }));
}

export async function benchRepairsSubmit() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-submit-'));
  try {
    const fullDir = path.join(tmp, 'full');
    const normalDir = path.join(tmp, 'normal');
    generateSqliteSchool(fullDir);
    const school = prepareSchool(fullDir);
    fs.cpSync(fullDir, normalDir, { recursive: true });
    const full = await startServer(fullDir, 'full');
    const normal = await startServer(normalDir, 'normal');
    let fullRes;
    let normalRes;
    try {
      await msUntil200(full.child, `${full.url}/api/health`, performance.now());
      await msUntil200(normal.child, `${normal.url}/api/health`, performance.now());
      [fullRes, normalRes] = await measureAlternating(
        [await submitTarget(full.url, school), await submitTarget(normal.url, school)],
        { connections: CONNECTIONS, warmupS: WARMUP_S, rounds: ROUNDS, roundS: ROUND_S },
      );
    } finally {
      await stop(full.child);
      await stop(normal.child);
    }
    // Every answered submit must be a stored request (non-2xx already fail the load).
    const written = countRequests(fullDir) - school.requests;
    if (written < fullRes.total) throw new Error(`FULL server stored ${written} requests for ${fullRes.total} answered`);
    const note = (r) => `${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_S} s (${r.rounds.map((x) => Math.round(x)).join(' / ')} req/s); latency p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms; school of 20,000 work orders, auto-convert on`;
    return [
      {
        section: 'repairs', name: 'Submit a repair request (no photo), SQLite synchronous=FULL (HOUQIN_SQLITE_SYNCHRONOUS=full)', unit: 'req/s',
        value: fullRes.rps, baseline: normalRes.rps, baselineName: 'same server with synchronous=NORMAL', target: `≥ ${SUBMIT_TARGET_RPS} req/s`,
        pass: fullRes.rps >= SUBMIT_TARGET_RPS, note: note(fullRes),
      },
      {
        section: 'repairs', name: 'Submit a repair request (no photo), SQLite synchronous=NORMAL (the default)', unit: 'req/s',
        value: normalRes.rps, baseline: fullRes.rps, baselineName: 'same server with synchronous=FULL', target: `≥ ${SUBMIT_TARGET_RPS} req/s`,
        pass: normalRes.rps >= SUBMIT_TARGET_RPS, note: note(normalRes),
      },
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Self time per source line of a V8 CPU profile, mapped through the bundle's source map. */
function summariseProfile(file, top = 25) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const bundle = path.join(root, 'dist/server/main.js');
  const mapFile = `${bundle}.map`;
  const map = fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8'))) : undefined;
  const dt = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i += 1) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (deltas[i] ?? 0));
  const total = [...dt.values()].reduce((a, b) => a + b, 0);
  const keyOf = (f) => {
    let where = `${f.url.replace(`file://${root}/`, '') || '(native)'}:${f.lineNumber + 1}`;
    if (map && f.url.endsWith('dist/server/main.js')) {
      const e = map.findEntry(f.lineNumber, f.columnNumber);
      if (e?.originalSource) where = `${e.originalSource.replace(/^.*?(apps\/|node_modules\/|packages\/)/, '$1')}:${e.originalLine + 1}`;
    }
    return `${f.functionName || '(anonymous)'} ${where}`;
  };
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map();
  const inclusive = new Map();
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0;
    if (!us) continue;
    const key = keyOf(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
    // Inclusive time of our own functions: each function once per sample, however deep the recursion.
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const k = keyOf(nodes.get(id).callFrame);
      if (!k.includes(' apps/') || seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }
  const print = (title, m) => {
    console.log(`\n${title}, ${(total / 1e6).toFixed(1)} s sampled:`);
    for (const [key, us] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  };
  print('CPU self time', self);
  print('Inclusive time of Houqin functions', inclusive);
}

async function profileSubmit() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-prof-'));
  try {
    const dataDir = path.join(tmp, 'data');
    const profDir = path.join(tmp, 'prof');
    generateSqliteSchool(dataDir);
    const school = prepareSchool(dataDir);
    const server = await startServer(dataDir, process.env.HOUQIN_SQLITE_SYNCHRONOUS ?? 'full', ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
    try {
      await msUntil200(server.child, `${server.url}/api/health`, performance.now());
      const target = await submitTarget(server.url, school);
      await load(target, CONNECTIONS, WARMUP_S);
      const r = await load(target, CONNECTIONS, 8);
      console.log(`profiled load: ${r.requests.average} req/s, ${r.non2xx} non-2xx`);
    } finally {
      await stop(server.child);
    }
    const prof = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (!prof) throw new Error('the server wrote no CPU profile');
    fs.copyFileSync(path.join(profDir, prof), path.join(os.tmpdir(), 'houqin-submit.cpuprofile'));
    console.log(`profile kept at ${path.join(os.tmpdir(), 'houqin-submit.cpuprofile')}`);
    summariseProfile(path.join(profDir, prof));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--profile')) await profileSubmit();
  else console.log(JSON.stringify(await benchRepairsSubmit(), null, 2));
}
