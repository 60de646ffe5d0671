// Issue 3: generating a term's preventive work orders (保养计划) for 300 schools, < 60 s. The real
// generator (the scheduler's job, generateMaintenance) runs once with "now" at the first term's
// end over every school's nine template plans, on PostgreSQL (300 schools, dataset kept as a
// template database between runs) and on SQLite (one school). Timing happens in
// bench/maintenance/generate-term.ts; this file turns the figures into report rows.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib/proc.mjs';

const PG_SERVER = process.env.HOUQIN_BENCH_PG ?? 'postgres://houqin:houqin@127.0.0.1:5432';
const SCHOOLS = Number(process.env.HOUQIN_BENCH_MAINT_SCHOOLS ?? 300);
const TARGET_MS = 60_000;

function tsx(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`${args[0]} exited with ${code}`))));
  });
}

const perJob = (r) => `${(r.ms / Math.max(r.created, 1)).toFixed(2)} ms a work order`;
const shape = (r) => `${r.schools} school${r.schools > 1 ? 's' : ''}, ${r.plans} plans (the 9 templates each), ${r.termStart} → ${r.termEnd}: ${r.created.toLocaleString('en-US')} work orders`;

export async function benchMaintenanceGenerate() {
  const pg = await tsx(['bench/maintenance/generate-term.ts', '--pg', PG_SERVER, '--schools', String(SCHOOLS)]);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-bench-maintenance-'));
  let sq;
  try {
    sq = await tsx(['bench/maintenance/generate-term.ts', '--sqlite', path.join(tmp, 'houqin.db'), '--schools', '1']);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const baselineName = 'bare INSERT … SELECT of the same occurrences, requests, work orders and events';
  return [
    {
      section: 'repairs', name: `Preventive maintenance: generating a term's work orders, PostgreSQL, ${shape(pg)}`, unit: 'ms', value: pg.ms,
      baseline: pg.baselineMs, baselineName, target: '< 60 s', pass: pg.ms < TARGET_MS && pg.created > 0,
      note: `${perJob(pg)}; generateMaintenance (the scheduler job), occurrences ${pg.occurrences.toLocaleString('en-US')}`,
    },
    {
      section: 'repairs', name: `Preventive maintenance: generating a term's work orders, SQLite, ${shape(sq)}`, unit: 'ms', value: sq.ms,
      baseline: sq.baselineMs, baselineName, target: 'none (for information)', pass: sq.created > 0,
      note: `${perJob(sq)}; synchronous=FULL`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchMaintenanceGenerate(), null, 2));
}
