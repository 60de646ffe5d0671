import type { Kysely } from 'kysely';

/**
 * Asset targets for 保养计划: the chosen cards of an `assets` plan, and the classification row of an
 * `asset_category` plan (every card of the category and its sub-categories when the job runs, e.g. all
 * 空调 before summer). Separate tables rather than new columns keep the landed maintenance tables as they were;
 * the generated request already carries `repair_requests.asset_id`.
 */
export function maintenanceAssetTargetsMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s.createTable('maintenance_plan_assets')
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('maintenance_plans.id'))
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('asset_id', 'integer', (c) => c.notNull().references('assets.id'))
        .addPrimaryKeyConstraint('maintenance_plan_assets_pk', ['plan_id', 'asset_id'])
        .execute();
      await s.createTable('maintenance_plan_asset_categories')
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('maintenance_plans.id'))
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('category_id', 'integer', (c) => c.notNull().references('asset_categories.id'))
        .addPrimaryKeyConstraint('maintenance_plan_asset_categories_pk', ['plan_id', 'category_id'])
        .execute();
    },
  };
}
