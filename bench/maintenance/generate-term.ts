/**
 * Times the real generator (generateMaintenance, the scheduler's job) producing a whole term of
 * preventive work orders: every school's plans are covered from the term's first day, and one run
 * with "now" at the term's end generates everything due. Baseline in the same run: a bare
 * INSERT … SELECT copying the same rows (occurrences, requests, work orders, their events) into
 * empty tables of the same shape.
 *
 * Usage: node --import tsx bench/maintenance/generate-term.ts --pg <server url> --schools 300
 *        node --import tsx bench/maintenance/generate-term.ts --sqlite <file> --schools 1
 * Prints progress on stderr and one JSON line on stdout.
 */
import fs from 'node:fs';
import { sql } from 'kysely';
import { type Db, createDb, loadPg } from '../../apps/server/src/platform/db/database.js';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate.js';
import { generateMaintenance } from '../../apps/server/src/modules/maintenance/jobs/generate-maintenance.js';
import { zonedInstant } from '../../apps/server/src/platform/calendar/time-zone.js';
import { type MaintenanceDatasetInfo, generateMaintenanceDataset } from './dataset.js';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const schools = Number(arg('--schools') ?? '1');
const pgServer = arg('--pg');
const sqliteFile = arg('--sqlite');
const log = (l: string) => console.error(l);

/** Bump when the dataset changes so a kept PostgreSQL base is rebuilt. */
const BASE_VERSION = 'maintenance-v1';

async function admin(server: string, text: string): Promise<number> {
  const client = new (loadPg()).Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try { return (await client.query(text)).rowCount ?? 0; } finally { await client.end(); }
}

/**
 * PostgreSQL: the dataset is built once into <base> (kept, with a marker) and each run works on a
 * fresh copy made with CREATE DATABASE … TEMPLATE, so the measured run always starts from nothing generated.
 */
async function pgRunDb(server: string): Promise<{ db: Db; info: MaintenanceDatasetInfo; drop: () => Promise<void> }> {
  const base = `houqin_bench_maint_${schools}`;
  const runName = `${base}_run`;
  const wanted = `${BASE_VERSION} ${schools}`;
  let info: MaintenanceDatasetInfo | undefined;
  if (await admin(server, `select 1 from pg_database where datname = '${base}'`)) {
    const db = createDb({ databaseUrl: `${server}/${base}`, poolSize: 1 });
    try {
      const r = await sql<{ version: string; info: string }>`select version, info from bench_maintenance_dataset`.execute(db.kysely);
      const applied = await migrateToLatest(db);
      if (r.rows[0]?.version === wanted && applied.length === 0) info = JSON.parse(r.rows[0].info) as MaintenanceDatasetInfo;
    } catch { /* no marker or a migration that cannot apply: rebuild */ } finally { await db.close(); }
  }
  if (!info) {
    log(`  building ${base} (${schools} schools; kept for later runs)`);
    await admin(server, `drop database if exists ${base} with (force)`);
    await admin(server, `create database ${base}`);
    const db = createDb({ databaseUrl: `${server}/${base}`, poolSize: 2 });
    try {
      await migrateToLatest(db);
      info = await generateMaintenanceDataset(db, schools, log);
      await sql`create table bench_maintenance_dataset (version text not null, info text not null)`.execute(db.kysely);
      await sql`insert into bench_maintenance_dataset values (${wanted}, ${JSON.stringify(info)})`.execute(db.kysely);
    } finally { await db.close(); }
  } else {
    log(`  reusing ${base}`);
  }
  await admin(server, `drop database if exists ${runName} with (force)`);
  await admin(server, `create database ${runName} template ${base}`);
  const db = createDb({ databaseUrl: `${server}/${runName}`, poolSize: 10 });
  return { db, info, drop: async () => { await db.close(); await admin(server, `drop database if exists ${runName} with (force)`); } };
}

async function sqliteRunDb(file: string): Promise<{ db: Db; info: MaintenanceDatasetInfo; drop: () => Promise<void> }> {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db = createDb({ sqlitePath: file });
  await migrateToLatest(db);
  const info = await generateMaintenanceDataset(db, schools, log);
  return { db, info, drop: async () => { await db.close(); } };
}

/** The same rows written by one INSERT … SELECT per table into empty copies: the floor for writing them at all. */
async function baselineMs(db: Db): Promise<number> {
  const k = db.kysely;
  const tables: [string, string][] = [
    ['maintenance_occurrences', 'true'],
    ['repair_requests', "source = 'maintenance'"],
    ['work_orders', "request_id in (select id from repair_requests where source = 'maintenance')"],
    ['repair_events', "request_id in (select id from repair_requests where source = 'maintenance')"],
  ];
  for (const [t] of tables) {
    await sql.raw(`drop table if exists bench_copy_${t}`).execute(k);
    await sql.raw(`create table bench_copy_${t} as select * from ${t} where 1 = 0`).execute(k);
  }
  const t0 = performance.now();
  await k.transaction().execute(async (tx) => {
    for (const [t, where] of tables) await sql.raw(`insert into bench_copy_${t} select * from ${t} where ${where}`).execute(tx);
  });
  return performance.now() - t0;
}

const { db, info, drop } = pgServer ? await pgRunDb(pgServer) : await sqliteRunDb(sqliteFile ?? '/tmp/houqin-bench-maintenance.sqlite');
try {
  const now = zonedInstant(info.termEnd, 17 * 60, 'Asia/Shanghai');
  log(`  generating ${info.plans} plans of ${info.schools} schools from ${info.termStart} to ${info.termEnd} …`);
  const t0 = performance.now();
  const run = await generateMaintenance(db.kysely, { now, ignoreLease: true });
  const ms = performance.now() - t0;
  if (run.failed > 0) throw new Error(`${run.failed} occurrences failed: ${run.lastError}`);
  const occurrences = Number((await db.kysely.selectFrom('maintenance_occurrences').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const baseline = await baselineMs(db);
  console.log(JSON.stringify({ dialect: db.dialect, schools: info.schools, plans: info.plans, termStart: info.termStart, termEnd: info.termEnd, created: run.created, occurrences, ms, baselineMs: baseline, datasetSeconds: info.seconds }));
} finally {
  await drop();
}
