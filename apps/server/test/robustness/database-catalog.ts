import { sql } from 'kysely';
import type { Db } from '../../src/platform/db/database.js';

/** Every table of the test database with its columns (this schema only on PostgreSQL). */
export async function tableColumns(db: Db): Promise<Map<string, Set<string>>> {
  const rows = db.dialect === 'postgres'
    ? (await sql<{ t: string; c: string }>`select table_name as t, column_name as c from information_schema.columns
        where table_schema = current_schema() order by table_name`.execute(db.kysely)).rows
    : (await sql<{ t: string; c: string }>`select m.name as t, p.name as c from sqlite_master m join pragma_table_info(m.name) p
        where m.type = 'table' and m.name not like 'sqlite_%' order by m.name`.execute(db.kysely)).rows;
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const cols = out.get(r.t) ?? new Set<string>();
    cols.add(r.c);
    out.set(r.t, cols);
  }
  return out;
}

/** Row count of every table, to prove a series of requests wrote nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...(await tableColumns(db)).keys()].sort()) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db.kysely);
    counts[table] = Number(r.rows[0]?.n ?? 0);
  }
  return counts;
}
