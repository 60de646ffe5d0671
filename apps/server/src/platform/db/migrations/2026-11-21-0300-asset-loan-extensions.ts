import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId } from '../dialect-helpers.js';

/**
 * 续借: each extension of a loan's due date (from, to, why, who, when), append-only, so the 借用单
 * keeps the whole chain of due dates rather than only the latest.
 *
 * 损坏 → 报修: a damage record remembers the repair request it raised. With the school's
 * auto-convert switch off the request has no work order yet, so `work_order_id` alone cannot
 * hold the link; the work order is found through the request once it is converted.
 */
export function assetLoanExtensionsMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withId(s.createTable('asset_loan_extensions'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('movement_id', 'integer', (c) => c.notNull().references('asset_movements.id'))
        .addColumn('from_date', 'text', (c) => c.notNull())
        .addColumn('to_date', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('asset_loan_extensions_movement').on('asset_loan_extensions').columns(['school_id', 'movement_id', 'id']).execute();

      await s.alterTable('asset_damages').addColumn('repair_request_id', 'integer', (c) => c.references('repair_requests.id')).execute();
    },
  };
}
