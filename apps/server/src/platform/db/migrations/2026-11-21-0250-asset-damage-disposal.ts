import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * 损坏赔偿 and 报废/报损: per-school settings (approval tiers, appraisal rule, compensation ratios),
 * damage records with their step log, disposal requests with their cards and step log.
 * Step logs are append-only; the request rows carry the state and `version`.
 */
export function assetDamageDisposalMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('asset_disposal_settings'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().unique().references('schools.id'))
          .addColumn('tiers', 'text', (c) => c.notNull())
          .addColumn('land_building_top_tier', 'integer', (c) => c.notNull())
          .addColumn('appraisal_conditions', 'text', (c) => c.notNull())
          .addColumn('compensation', 'text', (c) => c.notNull()),
      ).execute();

      await withVersioning(
        withId(s.createTable('asset_damages'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('asset_id', 'integer', (c) => c.notNull().references('assets.id'))
          .addColumn('occurred_on', 'text', (c) => c.notNull())
          .addColumn('cause', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('party_type', 'text', (c) => c.notNull())
          .addColumn('party_user_id', 'integer', (c) => c.references('users.id'))
          .addColumn('party_name', 'text')
          .addColumn('party_class', 'text')
          .addColumn('work_order_id', 'integer', (c) => c.references('work_orders.id'))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('basis_kind', 'text')
          .addColumn('basis_fen', 'integer')
          .addColumn('ratio_pct', 'integer')
          .addColumn('proposed_fen', 'integer')
          .addColumn('proposed_basis', 'text')
          .addColumn('approved_fen', 'integer')
          .addColumn('decision_reason', 'text')
          .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
          .addColumn('decided_at', 'text')
          .addColumn('paid_fen', 'integer')
          .addColumn('paid_on', 'text')
          .addColumn('receipt_no', 'text')
          .addColumn('collected_by', 'text')
          .addColumn('cancel_reason', 'text')
          .addColumn('created_by', 'integer', (c) => c.references('users.id')),
      ).execute();
      await s.createIndex('asset_damages_school_status').on('asset_damages').columns(['school_id', 'status', 'id']).execute();
      await s.createIndex('asset_damages_asset').on('asset_damages').columns(['school_id', 'asset_id']).execute();

      await withVersioning(
        withId(s.createTable('asset_disposals'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('legal_condition', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('appraisal', 'text')
          .addColumn('proposed_method', 'text', (c) => c.notNull())
          .addColumn('total_original_fen', 'integer', (c) => c.notNull())
          .addColumn('total_net_fen', 'integer', (c) => c.notNull())
          .addColumn('card_count', 'integer', (c) => c.notNull())
          .addColumn('steps', 'text', (c) => c.notNull())
          .addColumn('current_step', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('method', 'text')
          .addColumn('disposed_on', 'text')
          .addColumn('proceeds_fen', 'integer')
          .addColumn('proceeds_note', 'text')
          .addColumn('recipient', 'text')
          .addColumn('created_by', 'integer', (c) => c.references('users.id')),
      ).execute();
      await s.createIndex('asset_disposals_school_status').on('asset_disposals').columns(['school_id', 'status', 'current_step']).execute();

      await withId(s.createTable('asset_disposal_items'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('disposal_id', 'integer', (c) => c.notNull().references('asset_disposals.id'))
        .addColumn('asset_id', 'integer', (c) => c.notNull().references('assets.id'))
        .addColumn('original_value_fen', 'integer', (c) => c.notNull())
        .addColumn('net_value_fen', 'integer', (c) => c.notNull())
        .addColumn('previous_status', 'text', (c) => c.notNull())
        .addUniqueConstraint('asset_disposal_items_card', ['disposal_id', 'asset_id'])
        .execute();
      await s.createIndex('asset_disposal_items_asset').on('asset_disposal_items').columns(['school_id', 'asset_id']).execute();

      for (const table of ['asset_damage_steps', 'asset_disposal_steps'] as const) {
        const parent = table === 'asset_damage_steps' ? 'asset_damages' : 'asset_disposals';
        await withId(s.createTable(table), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('parent_id', 'integer', (c) => c.notNull().references(`${parent}.id`))
          .addColumn('step', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
          .addColumn('actor_name', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('data', 'text')
          .execute();
        await s.createIndex(`${table}_parent`).on(table).columns(['school_id', 'parent_id']).execute();
      }
    },
  };
}
