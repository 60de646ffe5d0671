import type { Kysely } from 'kysely';
import { searchTextOf } from '../../../modules/assets/assets.repository.js';

/** The columns this step reads and writes; typed here so the step does not depend on the live schema. */
interface AssetSearchRow {
  id: number; code: string; name: string; brand: string | null; spec_model: string | null; serial_no: string | null; search_text: string;
}

/** Rows per read, so a big ledger never sits in memory; on SQLite each batch is one transaction. */
const BATCH = 1000;

/**
 * Asset search by pinyin (issue 4): `search_text` gains the name's pinyin initials and full pinyin
 * (生物显微镜 → swxwj, shengwuxianweijing). Cards written before this step are recomputed with the
 * same function the writes use; only rows whose text changes are updated, so running it on a
 * ledger without Chinese names writes nothing.
 */
export function assetSearchPinyinMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const k = db as unknown as Kysely<{ assets: AssetSearchRow }>;
      let afterId = 0;
      for (;;) {
        const rows = await k.selectFrom('assets')
          .select(['id', 'code', 'name', 'brand', 'spec_model', 'serial_no', 'search_text'])
          .where('id', '>', afterId).orderBy('id').limit(BATCH).execute();
        const last = rows[rows.length - 1];
        if (!last) break;
        afterId = last.id;
        const changed = rows.map((r) => ({ id: r.id, text: searchTextOf(r), old: r.search_text })).filter((r) => r.text !== r.old);
        if (changed.length === 0) continue;
        const write = async (tx: typeof k) => {
          for (const r of changed) await tx.updateTable('assets').set({ search_text: r.text }).where('id', '=', r.id).execute();
        };
        // PostgreSQL runs each migration inside a transaction already (transactional DDL); SQLite does not.
        if (k.isTransaction) await write(k);
        else await k.transaction().execute(write);
      }
    },
  };
}
