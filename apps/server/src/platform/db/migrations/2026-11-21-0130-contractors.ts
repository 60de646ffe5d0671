import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * 委外维修: the school's contractors (维修商 / 外包单位), the categories each handles, the accounts
 * their workers sign in with, and on a work order the contractor it was outsourced to with the
 * quote. The 转单 chain records the contractor hop like any other.
 */
export function contractorsMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('contractors'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('contact_name', 'text')
          .addColumn('phone', 'text')
          .addColumn('licence_note', 'text')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('contractors_school_name', ['school_id', 'name']),
      ).execute();

      await s.createTable('contractor_categories')
        .addColumn('contractor_id', 'integer', (c) => c.notNull().references('contractors.id').onDelete('cascade'))
        .addColumn('category_id', 'integer', (c) => c.notNull().references('repair_categories.id'))
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addPrimaryKeyConstraint('contractor_categories_pk', ['contractor_id', 'category_id'])
        .execute();

      // One company per account: the link is what confines the account to that company's work.
      await s.createTable('contractor_accounts')
        .addColumn('user_id', 'integer', (c) => c.notNull().primaryKey().references('users.id'))
        .addColumn('contractor_id', 'integer', (c) => c.notNull().references('contractors.id'))
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('contractor_accounts_contractor').on('contractor_accounts').columns(['school_id', 'contractor_id']).execute();

      await s.alterTable('work_orders').addColumn('contractor_id', 'integer', (c) => c.references('contractors.id')).execute();
      await s.alterTable('work_orders').addColumn('quote_fen', 'integer').execute();
      await s.createIndex('work_orders_contractor').on('work_orders').columns(['school_id', 'contractor_id', 'status']).execute();
      await s.alterTable('work_order_assignments').addColumn('contractor_id', 'integer', (c) => c.references('contractors.id')).execute();
    },
  };
}
