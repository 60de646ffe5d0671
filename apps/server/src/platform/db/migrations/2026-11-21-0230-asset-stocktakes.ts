import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * 资产盘点: a stocktake over a scope, the snapshot of cards expected when it opened, the people
 * counting, every scan (one per card and stocktake: the unique key makes concurrent scans count
 * once), items found that are not on the books, and the adjustments reconciliation proposes.
 */
export function assetStocktakesMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('asset_stocktakes'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('scope_kind', 'text', (c) => c.notNull())
          .addColumn('scope_ids', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('expected_count', 'integer', (c) => c.notNull())
          .addColumn('expected_value_fen', 'bigint', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('created_by', 'integer', (c) => c.references('users.id'))
          .addColumn('finished_at', 'text')
          .addColumn('reconciled_at', 'text')
          .addColumn('closed_at', 'text'),
      ).execute();
      await s.createIndex('asset_stocktakes_school').on('asset_stocktakes').columns(['school_id', 'status', 'id']).execute();

      await withId(s.createTable('asset_stocktake_counters'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('stocktake_id', 'integer', (c) => c.notNull().references('asset_stocktakes.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addUniqueConstraint('asset_stocktake_counters_once', ['stocktake_id', 'user_id'])
        .execute();
      await s.createIndex('asset_stocktake_counters_user').on('asset_stocktake_counters').columns(['school_id', 'user_id']).execute();

      // The snapshot: no foreign keys to the cards so a 100,000-card open stays one INSERT … SELECT.
      await withId(s.createTable('asset_stocktake_items'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull())
        .addColumn('stocktake_id', 'integer', (c) => c.notNull())
        .addColumn('asset_id', 'integer', (c) => c.notNull())
        .addColumn('category_id', 'integer', (c) => c.notNull())
        .addColumn('expected_room_id', 'integer')
        .addColumn('expected_custodian_id', 'integer')
        .addColumn('expected_status', 'text', (c) => c.notNull())
        .addColumn('value_fen', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('asset_stocktake_items_once', ['stocktake_id', 'asset_id'])
        .execute();
      await s.createIndex('asset_stocktake_items_room').on('asset_stocktake_items').columns(['stocktake_id', 'expected_room_id']).execute();

      await withId(s.createTable('asset_stocktake_scans'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull())
        .addColumn('stocktake_id', 'integer', (c) => c.notNull().references('asset_stocktakes.id'))
        .addColumn('asset_id', 'integer', (c) => c.notNull())
        .addColumn('in_scope', 'integer', (c) => c.notNull())
        .addColumn('room_id', 'integer')
        .addColumn('custodian_id', 'integer')
        .addColumn('condition', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('scanned_by', 'integer', (c) => c.notNull())
        .addColumn('scanned_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('asset_stocktake_scans_once', ['stocktake_id', 'asset_id'])
        .execute();
      await s.createIndex('asset_stocktake_scans_by').on('asset_stocktake_scans').columns(['stocktake_id', 'scanned_by']).execute();

      await withId(s.createTable('asset_stocktake_extras'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('stocktake_id', 'integer', (c) => c.notNull().references('asset_stocktakes.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
        .addColumn('note', 'text')
        .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('asset_stocktake_extras_stocktake').on('asset_stocktake_extras').columns(['stocktake_id']).execute();

      await withVersioning(
        withId(s.createTable('asset_stocktake_adjustments'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull())
          .addColumn('stocktake_id', 'integer', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('asset_id', 'integer')
          .addColumn('extra_id', 'integer')
          .addColumn('from_room_id', 'integer')
          .addColumn('to_room_id', 'integer')
          .addColumn('from_custodian_id', 'integer')
          .addColumn('to_custodian_id', 'integer')
          .addColumn('condition', 'text')
          .addColumn('value_fen', 'bigint', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('decided_by', 'integer')
          .addColumn('decided_at', 'text')
          .addColumn('decision_note', 'text'),
      ).execute();
      await s.createIndex('asset_stocktake_adjustments_stocktake').on('asset_stocktake_adjustments').columns(['stocktake_id', 'status', 'kind']).execute();
    },
  };
}
