import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database.js';

/**
 * Issue 3's speed targets (BENCHMARKS.md, "Issue 3 — repairs").
 *
 * `schools.calendar_stamp` changes (to a new random value) whenever a school's holidays, make-up
 * days, terms or school years change, in the same transaction. Deadlines and SLA clocks need the
 * school's working calendar on every report and every board; a process may keep a built calendar
 * while the stamp it was built from is still the school's. Random rather than a counter, so two
 * databases served by one process (tests) can never share a stamp. Existing schools get one now.
 *
 * The dispatch board counts and pages work orders through `work_orders_board` (school, status,
 * deadline); sorted by report time it walks `repair_requests_reported` (migration 0140). No index
 * was missing for it: what was slow was the shape of the query, changed in repairs.repository.ts.
 */
export function repairsBoardSpeedMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('schools').addColumn('calendar_stamp', 'text').execute();
      const stamp = dialect === 'postgres' ? sql`md5(random()::text || id::text)` : sql`lower(hex(randomblob(16)))`;
      await sql`update schools set calendar_stamp = ${stamp}`.execute(db);
    },
  };
}
