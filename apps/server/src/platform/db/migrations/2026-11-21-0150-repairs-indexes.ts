import type { Kysely } from 'kysely';

/**
 * Indexes found missing by the repairs benchmarks (BENCHMARKS.md, "Issue 3 — repairs").
 * The summary's response times take each work order's first 接单 from the timeline; without an
 * index on the work order that lookup read every event of the school (SQLite: 6.5 s for one
 * school's month of 20,000 work orders).
 */
export function repairsIndexesMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('repair_events_work_order_kind').on('repair_events').columns(['work_order_id', 'kind', 'at']).execute();
    },
  };
}
