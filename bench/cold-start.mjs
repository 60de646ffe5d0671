// a. Cold start to ready on SQLite, and idle RSS, against a bare `node -e` HTTP server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_ADMIN, BenchClient, setUpSchool } from './lib/http-client.mjs';
import { SERVER_NODE_FLAGS } from '../scripts/lib/server-flags.mjs';
import { freePort, msUntil200, rssMb, sleep, spawnServer, stop } from './lib/proc.mjs';
import { median } from './lib/stats.mjs';

const RUNS = 5;
const BARE_SERVER = "require('node:http').createServer((q, s) => { s.end('ok'); }).listen(Number(process.env.PORT), '127.0.0.1')";

function houqinEnv(dataDir, port) {
  // LOG_LEVEL stays at its default so this is the process `npm start` runs.
  return { HOST: '127.0.0.1', PORT: String(port), HOUQIN_DATA_DIR: dataDir, DATABASE_URL: '' };
}

async function timeStart(args, env, healthPath) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawnServer(args, { ...env(port), PORT: String(port) });
  try {
    const ms = await msUntil200(child, `http://127.0.0.1:${port}${healthPath}`, startedAt);
    return { ms, child, port };
  } catch (err) {
    await stop(child);
    throw err;
  }
}

async function startAndStop(args, env, healthPath) {
  const { ms, child } = await timeStart(args, env, healthPath);
  await stop(child);
  return ms;
}

export async function benchColdStart() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-start-'));
  const houqin = [...SERVER_NODE_FLAGS, 'dist/server/main.js'];
  try {
    const migrated = path.join(tmp, 'migrated');
    await startAndStop(houqin, (port) => houqinEnv(migrated, port), '/api/health');
    // Interleaved, so a busy neighbour on the machine slows each kind of start alike.
    const bare = [];
    const fresh = [];
    const warm = [];
    for (let i = 0; i < RUNS; i += 1) {
      bare.push(await startAndStop(['-e', BARE_SERVER], () => ({}), '/'));
      fresh.push(await startAndStop(houqin, (port) => houqinEnv(path.join(tmp, `fresh-${i}`), port), '/api/health'));
      warm.push(await startAndStop(houqin, (port) => houqinEnv(migrated, port), '/api/health'));
    }
    const [bareMs, freshMs, migratedMs] = [median(bare), median(fresh), median(warm)];

    // Idle RSS: set up a school, log in, use a few pages, then let it settle.
    const running = await timeStart(houqin, (port) => houqinEnv(path.join(tmp, 'rss'), port), '/api/health');
    const client = new BenchClient(`http://127.0.0.1:${running.port}`);
    await setUpSchool(client);
    const session = new BenchClient(client.baseUrl);
    await session.login(BENCH_ADMIN.staffNo, BENCH_ADMIN.password);
    for (const url of ['/api/v1/auth/me', '/api/v1/setup/status', '/api/v1/school', '/api/v1/rooms', '/api/health', '/', '/m/']) await session.request('GET', url);
    await sleep(2000);
    const houqinRss = rssMb(running.child.pid);
    await stop(running.child);

    const idleBare = await timeStart(['-e', BARE_SERVER], () => ({}), '/');
    for (let i = 0; i < 5; i += 1) await fetch(`http://127.0.0.1:${idleBare.port}/`).then((r) => r.text());
    await sleep(2000);
    const bareRss = rssMb(idleBare.child.pid);
    await stop(idleBare.child);

    return [
      { name: 'Cold start to ready, fresh data dir (migrates)', unit: 'ms', value: freshMs, baseline: bareMs, baselineName: 'bare node:http server', target: '< 1500 ms', pass: freshMs < 1500, note: `median of ${RUNS}` },
      { name: 'Cold start to ready, migrated data dir', unit: 'ms', value: migratedMs, baseline: bareMs, baselineName: 'bare node:http server', target: '< 1500 ms', pass: migratedMs < 1500, note: `median of ${RUNS}` },
      { name: 'Idle RSS after setup, login and a few requests', unit: 'MB', value: houqinRss, baseline: bareRss, baselineName: 'bare node:http server', target: '< 150 MB', pass: houqinRss < 150, note: 'VmRSS, settled 2 s' },
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
