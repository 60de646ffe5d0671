import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database.js';

/**
 * Issue 4's depreciation speed target (1,500,000 cards booked in under two minutes).
 *
 * The monthly run changes two numbers per card: months booked by this system and accumulated
 * depreciation. On `assets` each such UPDATE rewrote a wide row and, since `assets` has a dozen
 * indexes and its pages were full, added an entry to every index: about 3 KB of WAL per card, 156 s
 * for a bare UPDATE of 1.4M cards. They now live in `asset_depreciation_state`, one narrow row per
 * card written in the same transaction as the card, with one index (its primary key), which the
 * run never changes.
 *
 * fillfactor 70 on PostgreSQL: each page keeps room for the new version of its rows, so the monthly
 * UPDATE is HOT (heap-only: no index entry written at all) and the next VACUUM frees the old
 * versions for the month after. At 100 the first run finds every page full and writes each new
 * version elsewhere plus a primary-key entry (measured on the bench dataset: see the README's
 * depreciation section). The table is about 100 MB at 1.5M cards either way.
 *
 * Existing cards' values are copied in one statement, then the two columns leave `assets` (no index
 * or view uses them). On PostgreSQL asset_depreciation.asset_id then references the new table (see
 * below); SQLite keeps its reference to assets(id), where a check is a plain lookup without a row
 * lock (changing it there would mean rebuilding the table). On SQLite the whole step runs in one
 * transaction, as PostgreSQL's migrator does.
 */
export function assetDepreciationStateMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const steps = async (k: Kysely<unknown>) => {
        await k.schema.createTable('asset_depreciation_state')
          .addColumn('asset_id', 'integer', (c) => c.primaryKey().references('assets.id').onDelete('cascade'))
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('booked_dep_months', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('accumulated_depreciation_fen', 'bigint', (c) => c.notNull().defaultTo(0))
          .$call((t) => (dialect === 'postgres' ? t.modifyEnd(sql`with (fillfactor = 70)`) : t))
          .execute();
        await sql`insert into asset_depreciation_state (asset_id, school_id, booked_dep_months, accumulated_depreciation_fen)
          select id, school_id, booked_dep_months, accumulated_depreciation_fen from assets`.execute(k);
        if (dialect === 'postgres') {
          // A month row's card is checked against the narrow row instead of the card (same cards: every
          // card has exactly one). PostgreSQL checks a foreign key by locking the referenced row, so
          // against `assets` each booked month dirtied a page of the wide table again.
          await sql`alter table asset_depreciation drop constraint asset_depreciation_asset_id_fkey`.execute(k);
          await sql`alter table asset_depreciation add constraint asset_depreciation_asset_id_fkey
            foreign key (asset_id) references asset_depreciation_state (asset_id)`.execute(k);
        }
        await k.schema.alterTable('assets').dropColumn('booked_dep_months').execute();
        await k.schema.alterTable('assets').dropColumn('accumulated_depreciation_fen').execute();
      };
      if (db.isTransaction) await steps(db);
      else await db.transaction().execute(steps);
    },
  };
}
