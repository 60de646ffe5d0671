import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * School property (校产 / 固定资产): classification, settings, number counters, asset cards, their
 * timeline and monthly depreciation. Categories and settings are seeded per school on first use
 * (modules/assets/asset-defaults.ts), so this step writes no data and stays valid history.
 */
export function assetsMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('asset_categories'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('gb2022_class', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('parent_id', 'integer', (c) => c.references('asset_categories.id'))
          .addColumn('level', 'integer', (c) => c.notNull())
          .addColumn('depreciable', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('life_months', 'integer')
          .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('asset_categories_school_code', ['school_id', 'code']),
      ).execute();
      await s.createIndex('asset_categories_parent').on('asset_categories').columns(['school_id', 'parent_id']).execute();

      await withVersioning(
        withId(s.createTable('asset_settings'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().unique().references('schools.id'))
          .addColumn('numbering_pattern', 'text', (c) => c.notNull())
          .addColumn('depreciation_start', 'text', (c) => c.notNull())
          .addColumn('thresholds', 'text', (c) => c.notNull()),
      ).execute();

      await s.createTable('asset_number_counters')
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('scope_key', 'text', (c) => c.notNull())
        .addColumn('last_value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('asset_number_counters_pk', ['school_id', 'scope_key'])
        .execute();

      await withVersioning(
        withId(s.createTable('assets'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('category_id', 'integer', (c) => c.notNull().references('asset_categories.id'))
          .addColumn('spec_model', 'text')
          .addColumn('brand', 'text')
          .addColumn('manufacturer', 'text')
          .addColumn('serial_no', 'text')
          .addColumn('unit', 'text')
          .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('area_m2', 'real')
          .addColumn('value_type', 'text', (c) => c.notNull())
          .addColumn('original_value_fen', 'bigint', (c) => c.notNull())
          .addColumn('acquisition_method', 'text', (c) => c.notNull())
          .addColumn('acquired_on', 'text', (c) => c.notNull())
          .addColumn('accounted_on', 'text')
          .addColumn('voucher_no', 'text')
          .addColumn('funding_source', 'text')
          .addColumn('procurement_form', 'text')
          .addColumn('supplier', 'text')
          .addColumn('warranty_until', 'text')
          .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
          .addColumn('custodian_id', 'integer', (c) => c.references('users.id'))
          .addColumn('manager_department_id', 'integer', (c) => c.references('departments.id'))
          .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
          .addColumn('location_text', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('usage', 'text')
          .addColumn('accounting_class', 'text', (c) => c.notNull())
          .addColumn('depreciation_method', 'text', (c) => c.notNull())
          .addColumn('life_months', 'integer', (c) => c.notNull())
          .addColumn('dep_start_month', 'text')
          .addColumn('opening_dep_months', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('opening_accumulated_fen', 'bigint', (c) => c.notNull().defaultTo(0))
          .addColumn('booked_dep_months', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('accumulated_depreciation_fen', 'bigint', (c) => c.notNull().defaultTo(0))
          .addColumn('title_cert_no', 'text')
          .addColumn('note', 'text')
          .addColumn('batch_no', 'text')
          .addColumn('search_text', 'text', (c) => c.notNull())
          .addColumn('disposed_on', 'text')
          .addColumn('created_by', 'integer', (c) => c.references('users.id'))
          .addUniqueConstraint('assets_school_code', ['school_id', 'code']),
      ).execute();
      // Every filter the list offers, each led by the school; the id tail keeps pages stable.
      for (const column of ['category_id', 'room_id', 'custodian_id', 'status', 'department_id', 'funding_source', 'name', 'batch_no']) {
        await s.createIndex(`assets_${column}`).on('assets').columns(['school_id', column, 'id']).execute();
      }
      await s.createIndex('assets_search').on('assets').columns(['school_id', 'search_text']).execute();
      // The depreciation run looks across schools for cards that still have months to book.
      await s.createIndex('assets_depreciation_due').on('assets').columns(['accounting_class', 'depreciation_method', 'status', 'id']).execute();

      await withId(s.createTable('asset_events'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('asset_id', 'integer', (c) => c.notNull().references('assets.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('data', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('asset_events_asset').on('asset_events').columns(['school_id', 'asset_id', 'id']).execute();

      await withId(s.createTable('asset_depreciation'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('asset_id', 'integer', (c) => c.notNull().references('assets.id'))
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('accumulated_fen', 'bigint', (c) => c.notNull())
        .addColumn('category_id', 'integer', (c) => c.notNull().references('asset_categories.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('asset_depreciation_asset_month', ['asset_id', 'month'])
        .execute();
      await s.createIndex('asset_depreciation_report').on('asset_depreciation').columns(['school_id', 'month', 'category_id']).execute();
    },
  };
}
