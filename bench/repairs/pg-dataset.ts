/**
 * The district-sized PostgreSQL dataset, kept between runs in its own database (houqin_bench).
 * A marker table (bench_dataset) records the dataset version and shape; when it matches, the
 * database is only migrated to the latest schema (new indexes land) and reused. Regenerate with
 * HOUQIN_BENCH_REGENERATE=1 (or --regenerate), or by dropping the database.
 *
 * Usage: node --import tsx bench/repairs/pg-dataset.ts [--regenerate] → prints the DatasetInfo JSON.
 */
import { sql } from 'kysely';
import { createDb, loadPg } from '../../apps/server/src/platform/db/database.js';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate.js';
import { type DatasetInfo, type DatasetShape, generateRepairsDataset } from './dataset.js';

/** Bump when the generator changes so old datasets are rebuilt. */
export const PG_DATASET_VERSION = 'repairs-v2';
export const PG_SHAPE: DatasetShape = {
  schools: 300, workOrders: 1_000_000, buildingsPerSchool: 10, roomsPerBuilding: 30, techniciansPerSchool: 8, teachersPerSchool: 60, days: 730,
};

const server = process.env.HOUQIN_BENCH_PG ?? 'postgres://houqin:houqin@127.0.0.1:5432';
export const BENCH_DB_NAME = process.env.HOUQIN_BENCH_PG_DB ?? 'houqin_bench';
export const benchDbUrl = (name = BENCH_DB_NAME) => `${server}/${name}`;

async function admin<T>(fn: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const client = new (loadPg()).Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

async function markerOf(name: string): Promise<{ version: string; info: string } | undefined> {
  const exists = await admin((c) => c.query('select 1 from pg_database where datname = $1', [name]));
  if (exists.rowCount === 0) return undefined;
  const db = createDb({ databaseUrl: benchDbUrl(name), poolSize: 1 });
  try {
    const r = await sql<{ version: string; info: string }>`select version, info from bench_dataset where complete = 1`.execute(db.kysely);
    return r.rows[0];
  } catch {
    return undefined;
  } finally {
    await db.close();
  }
}

export async function ensurePgDataset(opts: { regenerate?: boolean; shape?: DatasetShape; name?: string; log?: (line: string) => void } = {}): Promise<DatasetInfo & { reused: boolean }> {
  const name = opts.name ?? BENCH_DB_NAME;
  const shape = opts.shape ?? PG_SHAPE;
  const log = opts.log ?? (() => {});
  const wanted = `${PG_DATASET_VERSION} ${JSON.stringify(shape)}`;
  const marker = opts.regenerate ? undefined : await markerOf(name);
  if (marker?.version === wanted) {
    const db = createDb({ databaseUrl: benchDbUrl(name), poolSize: 1 });
    try {
      const applied = await migrateToLatest(db);
      if (applied.length) { log(`  applied ${applied.join(', ')}`); await sql`analyze`.execute(db.kysely); }
      return { ...(JSON.parse(marker.info) as DatasetInfo), reused: true };
    } catch (err) {
      // A migration that sorts before one already applied cannot be added by Kysely: start again.
      log(`  cannot migrate the kept dataset (${err instanceof Error ? err.message : String(err)}); regenerating`);
    } finally { await db.close(); }
  }
  log(`  generating ${name}: ${shape.schools} schools, ${shape.workOrders} work orders`);
  await admin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  const db = createDb({ databaseUrl: benchDbUrl(name), poolSize: 2 });
  try {
    await migrateToLatest(db);
    const info = await generateRepairsDataset(db, shape, log);
    await sql`create table bench_dataset (version text not null, info text not null, complete integer not null, generated_at text not null)`.execute(db.kysely);
    await sql`insert into bench_dataset values (${wanted}, ${JSON.stringify(info)}, 1, ${new Date().toISOString()})`.execute(db.kysely);
    return { ...info, reused: false };
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const regenerate = process.argv.includes('--regenerate') || process.env.HOUQIN_BENCH_REGENERATE === '1';
  const small = process.argv.includes('--small');
  const shape = small ? { ...PG_SHAPE, schools: 3, workOrders: 3000 } : PG_SHAPE;
  const info = await ensurePgDataset({ regenerate, shape, ...(small ? { name: 'houqin_bench_small' } : {}), log: (l) => console.error(l) });
  console.log(JSON.stringify(info));
}
