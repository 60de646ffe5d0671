// b. Paged, filtered room list over 50,000 rooms: Houqin (logged in, as shipped) against bare
// Fastify + better-sqlite3 running the same SQL on the same SQLite file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_ADMIN, BenchClient } from './lib/http-client.mjs';
import { measureAlternating } from './lib/load.mjs';
import { SERVER_NODE_FLAGS } from '../scripts/lib/server-flags.mjs';
import { freePort, msUntil200, root, spawnServer, stop } from './lib/proc.mjs';

const WARMUP_S = 2;
// Two alternating rounds per server, so a busy neighbour on the machine slows both alike.
const ROUNDS = 5;
const ROUND_S = 2;
const CONNECTIONS = 10;
const PAGES = 10;

function generate(dataDir) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/generate-rooms.ts', dataDir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`room generator failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The same rotation of pages and buildings for both servers. */
function requestPaths(buildingIds) {
  const paths = [];
  for (let i = 0; i < 100; i += 1) {
    const building = buildingIds[(i * 7) % buildingIds.length];
    paths.push(`/api/v1/rooms?page=${(i % PAGES) + 1}&pageSize=20&buildingId=${building}&roomType=classroom&sort=name`);
  }
  return paths;
}

async function checkAnswer(url, pathname, headers) {
  const res = await fetch(url + pathname, { headers });
  const body = await res.json();
  if (res.status !== 200 || !Array.isArray(body.items)) throw new Error(`${pathname} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return { total: body.total, first: body.items[0]?.name };
}

export async function benchRoomsList() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-rooms-'));
  try {
    const { file, buildingIds } = generate(dataDir);
    const paths = requestPaths(buildingIds);

    const basePort = await freePort();
    const baseUrl = `http://127.0.0.1:${basePort}`;
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // Both read the same file; SQLite in WAL mode lets two processes do that safely.
    const baseline = spawnServer(['bench/baseline-rooms-server.mjs'], { PORT: String(basePort), SQLITE_FILE: file });
    // LOG_LEVEL stays at its default so this is the process `npm start` runs.
    const houqin = spawnServer([...SERVER_NODE_FLAGS, 'dist/server/main.js'], { HOST: '127.0.0.1', PORT: String(port), HOUQIN_DATA_DIR: dataDir, DATABASE_URL: '' });
    let base;
    let mine;
    let baseCheck;
    try {
      await msUntil200(baseline, `${baseUrl}/api/health`, performance.now());
      await msUntil200(houqin, `${url}/api/health`, performance.now());
      const client = new BenchClient(url);
      await client.login(BENCH_ADMIN.staffNo, BENCH_ADMIN.password);
      const headers = { cookie: client.cookie };
      baseCheck = await checkAnswer(baseUrl, paths[3], {});
      const check = await checkAnswer(url, paths[3], headers);
      if (check.total !== baseCheck.total || check.first !== baseCheck.first) {
        throw new Error(`Houqin and the baseline disagree on ${paths[3]}: ${JSON.stringify(check)} vs ${JSON.stringify(baseCheck)}`);
      }
      const rotate = () => { let n = 0; return () => ({ path: paths[(n += 1) % paths.length] }); };
      [base, mine] = await measureAlternating(
        [{ url: baseUrl, headers: {}, next: rotate() }, { url, headers, next: rotate() }],
        { connections: CONNECTIONS, warmupS: WARMUP_S, rounds: ROUNDS, roundS: ROUND_S },
      );
    } finally {
      await stop(baseline);
      await stop(houqin);
    }

    const note = `${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_S} s each; latency p50 ${mine.p50.toFixed(0)} ms vs ${base.p50.toFixed(0)} ms; ${baseCheck.total} matching rooms in the building`;
    return [{
      name: 'Room list, 50,000 rooms, page of 20 filtered by building + type, sorted by name',
      unit: 'req/s', value: mine.rps, baseline: base.rps, baselineName: 'bare Fastify + better-sqlite3, same SQL',
      target: '≥ 50 % of baseline', pass: mine.rps >= 0.5 * base.rps, note,
    }];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
