import type { Kysely } from 'kysely';

/**
 * 盘盈 recorded on the phone: an item found without a card may be several of the same thing
 * (3 把旧椅子), so an extra carries a quantity. Existing extras were one each. Photos of scans and
 * extras live in `files` (owner types `asset_stocktake_scan`, `asset_stocktake_extra`), which
 * already has its (school, owner type, owner id) index: no table is needed for them.
 */
export function stocktakeExtrasPhotosMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('asset_stocktake_extras').addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    },
  };
}
