// c. Login latency with the production argon2 parameters, against a /api/health round trip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_ADMIN, BenchClient, setUpSchool } from './lib/http-client.mjs';
import { SERVER_NODE_FLAGS } from '../scripts/lib/server-flags.mjs';
import { freePort, msUntil200, spawnServer, stop } from './lib/proc.mjs';
import { percentile } from './lib/stats.mjs';

const ROUNDS = 20;

async function timeSequential(fn) {
  const times = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function benchLogin() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-login-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnServer([...SERVER_NODE_FLAGS, 'dist/server/main.js'], { HOST: '127.0.0.1', PORT: String(port), HOUQIN_DATA_DIR: dataDir, DATABASE_URL: '' });
  try {
    await msUntil200(child, `${url}/api/health`, performance.now());
    await setUpSchool(new BenchClient(url));
    // One warm-up login so the first one does not pay for lazy initialisation.
    await new BenchClient(url).login(BENCH_ADMIN.staffNo, BENCH_ADMIN.password);
    const login = await timeSequential(() => new BenchClient(url).login(BENCH_ADMIN.staffNo, BENCH_ADMIN.password));
    const health = await timeSequential(() => fetch(`${url}/api/health`).then((r) => r.text()));
    return [
      { name: 'Login p50 (POST /api/v1/auth/login)', unit: 'ms', value: login.p50, baseline: health.p50, baselineName: 'GET /api/health p50', target: '< 150 ms', pass: login.p50 < 150, note: `${ROUNDS} sequential` },
      { name: 'Login p95', unit: 'ms', value: login.p95, baseline: health.p95, baselineName: 'GET /api/health p95', target: '< 150 ms', pass: login.p95 < 150, note: `${ROUNDS} sequential` },
    ];
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
