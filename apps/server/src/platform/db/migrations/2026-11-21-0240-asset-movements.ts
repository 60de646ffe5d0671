import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * 调拨单 / 借用单 / 退库单: a document over one or more cards, its lines (who held each card before),
 * the append-only step log, and the per-school settings (approval of low-value movements, store room).
 */
export function assetMovementsMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('asset_movements'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('requester_id', 'integer', (c) => c.notNull().references('users.id'))
          .addColumn('to_custodian_id', 'integer', (c) => c.references('users.id'))
          .addColumn('to_department_id', 'integer', (c) => c.references('departments.id'))
          .addColumn('to_room_id', 'integer', (c) => c.references('rooms.id'))
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('expected_date', 'text')
          .addColumn('due_date', 'text')
          .addColumn('needs_approval', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('low_value_only', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('submitted_at', 'text')
          .addColumn('closed_at', 'text')
          .addColumn('last_reminded_on', 'text')
          .addUniqueConstraint('asset_movements_school_code', ['school_id', 'code']),
      ).execute();
      await s.createIndex('asset_movements_school_status').on('asset_movements').columns(['school_id', 'status', 'kind']).execute();
      await s.createIndex('asset_movements_school_requester').on('asset_movements').columns(['school_id', 'requester_id']).execute();
      await s.createIndex('asset_movements_school_receiver').on('asset_movements').columns(['school_id', 'to_custodian_id']).execute();
      await s.createIndex('asset_movements_overdue').on('asset_movements').columns(['status', 'due_date']).execute();

      await withId(s.createTable('asset_movement_lines'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('movement_id', 'integer', (c) => c.notNull().references('asset_movements.id'))
        .addColumn('asset_id', 'integer', (c) => c.notNull().references('assets.id'))
        // Set while the document is open, cleared when it closes: the unique index below keeps a card in one open document at a time.
        .addColumn('open_asset_id', 'integer')
        .addColumn('from_custodian_id', 'integer', (c) => c.references('users.id'))
        .addColumn('from_department_id', 'integer', (c) => c.references('departments.id'))
        .addColumn('from_room_id', 'integer', (c) => c.references('rooms.id'))
        .addColumn('from_status', 'text', (c) => c.notNull())
        .addColumn('from_text', 'text', (c) => c.notNull())
        .addColumn('return_condition', 'text')
        .addColumn('return_note', 'text')
        .addUniqueConstraint('asset_movement_lines_open_asset', ['school_id', 'open_asset_id'])
        .execute();
      await s.createIndex('asset_movement_lines_movement').on('asset_movement_lines').columns(['movement_id']).execute();
      await s.createIndex('asset_movement_lines_asset').on('asset_movement_lines').columns(['school_id', 'asset_id']).execute();

      await withId(s.createTable('asset_movement_steps'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('movement_id', 'integer', (c) => c.notNull().references('asset_movements.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('asset_movement_steps_movement').on('asset_movement_steps').columns(['movement_id', 'id']).execute();

      await withVersioning(
        withId(s.createTable('asset_movement_settings'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().unique().references('schools.id'))
          .addColumn('low_value_needs_approval', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('store_room_id', 'integer', (c) => c.references('rooms.id')),
      ).execute();
    },
  };
}
