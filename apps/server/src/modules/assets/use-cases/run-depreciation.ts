import type { Kysely } from 'kysely';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { type DepreciationPlan, monthsToBook } from '../rules/depreciation.js';
import { type Month, monthOfDate } from '../rules/months.js';

export interface DepreciationRunResult { month: Month; assets: number; months: number; amountFen: number }

/** Cards per query; the loop walks on by id so a big school is never loaded at once. */
const BATCH = 500;

/**
 * 计提折旧 for one school through `through` (YYYY-MM): every fixed asset with months left gets
 * each missing month up to then, in order. Safe to run twice or from two processes at once: a
 * card's months are claimed by a conditional update of its booked-month counter, and the
 * (asset, month) rows are unique, so a month is never booked twice. Returns what was booked.
 */
export async function bookSchoolDepreciation(db: Kysely<Database>, schoolId: number, through: Month, audit: AuditContext): Promise<DepreciationRunResult> {
  const result: DepreciationRunResult = { month: through, assets: 0, months: 0, amountFen: 0 };
  let afterId = 0;
  for (;;) {
    const cards = await db.selectFrom('assets')
      .select(['id', 'category_id', 'original_value_fen', 'life_months', 'dep_start_month', 'opening_dep_months', 'opening_accumulated_fen', 'booked_dep_months', 'disposed_on'])
      .where('school_id', '=', schoolId).where('accounting_class', '=', 'fixed').where('depreciation_method', '=', 'straight_line')
      .where('dep_start_month', '<=', through).where('id', '>', afterId)
      .where((eb) => eb(eb('opening_dep_months', '+', eb.ref('booked_dep_months')), '<', eb.ref('life_months')))
      .orderBy('id').limit(BATCH).execute();
    if (cards.length === 0) break;
    afterId = cards[cards.length - 1]?.id ?? afterId;
    for (const card of cards) {
      if (card.dep_start_month === null) continue;
      const plan: DepreciationPlan = {
        originalFen: card.original_value_fen, lifeMonths: card.life_months, startMonth: card.dep_start_month,
        openingMonths: card.opening_dep_months, openingAccumulatedFen: card.opening_accumulated_fen,
      };
      const rows = monthsToBook(plan, card.booked_dep_months, through, card.disposed_on ? monthOfDate(card.disposed_on) : null);
      const last = rows[rows.length - 1];
      if (!last) continue;
      const booked = await runInTransaction(db, async (tx) => {
        const claim = await tx.updateTable('assets')
          .set({ booked_dep_months: card.booked_dep_months + rows.length, accumulated_depreciation_fen: last.accumulatedFen })
          .where('id', '=', card.id).where('school_id', '=', schoolId).where('booked_dep_months', '=', card.booked_dep_months)
          .executeTakeFirst();
        if (Number(claim.numUpdatedRows) === 0) return false;
        const at = nowIso();
        await tx.insertInto('asset_depreciation').values(rows.map((r) => ({
          school_id: schoolId, asset_id: card.id, month: r.month, amount_fen: r.amountFen, accumulated_fen: r.accumulatedFen, category_id: card.category_id, created_at: at,
        }))).onConflict((oc) => oc.columns(['asset_id', 'month']).doNothing()).execute();
        return true;
      });
      if (!booked) continue;
      result.assets += 1;
      result.months += rows.length;
      result.amountFen += rows.reduce((s, r) => s + r.amountFen, 0);
    }
  }
  if (result.months > 0) {
    await recordAudit(db, { ...audit, schoolId }, { entity: 'asset_depreciation', entityId: through, action: 'run', after: { ...result }, schoolId });
  }
  return result;
}
