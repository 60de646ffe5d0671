import type { Kysely } from 'kysely';

/**
 * 报修公示: a per-school switch for the public repair board, off for every school until its head
 * of logistics turns it on. The board and the reports read a school's requests newest first by
 * report time; the index keeps that a short range scan however many years of requests there are.
 */
export function repairPublicBoardMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('repair_settings').addColumn('public_board', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.createIndex('repair_requests_reported').on('repair_requests').columns(['school_id', 'reported_at']).execute();
    },
  };
}
