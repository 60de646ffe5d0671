import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * 申请续借: a borrower asks the storekeeper for a later due date (proposed date + reason); the
 * storekeeper grants it (the loan is extended as by 续借) or declines with a reason. One row per
 * request, kept after the decision so the loan shows every request and its answer.
 * `open_movement_id` holds the loan's id while the request waits and is cleared when it is decided:
 * the unique constraint keeps one waiting request per loan even when two arrive at once.
 */
export function loanExtensionRequestsMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withVersioning(withId(db.schema.createTable('asset_loan_extension_requests'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('movement_id', 'integer', (c) => c.notNull().references('asset_movements.id'))
        .addColumn('open_movement_id', 'integer')
        .addColumn('requester_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('requester_name', 'text', (c) => c.notNull())
        .addColumn('from_date', 'text', (c) => c.notNull())
        .addColumn('to_date', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('decided_by_id', 'integer', (c) => c.references('users.id'))
        .addColumn('decided_by_name', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decision_note', 'text'))
        .addUniqueConstraint('asset_loan_extension_requests_open', ['school_id', 'open_movement_id'])
        .execute();
      await db.schema.createIndex('asset_loan_extension_requests_movement').on('asset_loan_extension_requests').columns(['school_id', 'movement_id', 'id']).execute();
    },
  };
}
