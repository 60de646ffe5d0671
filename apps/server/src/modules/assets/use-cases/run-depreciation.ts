import { type Kysely, type SqlBool, sql } from 'kysely';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { type DepreciationPlan, monthsToBook } from '../rules/depreciation.js';
import { type Month, monthOfDate } from '../rules/months.js';
import { bookDueMonth, dueCards, monthSerial, nextPlanSerial } from './book-due-month.js';

export interface DepreciationRunResult { month: Month; assets: number; months: number; amountFen: number }

/** Cards per query; the loop walks on by id so a big school is never loaded at once. */
const BATCH = 500;

/**
 * 计提折旧 for one school through `through` (YYYY-MM): every fixed asset with months left gets
 * each missing month up to then, in order. Safe to run twice or from two processes at once: a
 * card's months are claimed by a conditional update of its booked-month counter (in
 * asset_depreciation_state), and the (asset, month) rows are unique, so a month is never booked
 * twice. Returns what was booked.
 */
export async function bookSchoolDepreciation(db: Kysely<Database>, schoolId: number, through: Month, audit: AuditContext): Promise<DepreciationRunResult> {
  const result: DepreciationRunResult = { month: through, assets: 0, months: 0, amountFen: 0 };
  const monthly = await bookDueMonth(db, schoolId, through);
  result.assets += monthly.assets;
  result.months += monthly.assets;
  result.amountFen += monthly.amountFen;
  let afterId = 0;
  while (monthly.mayBeBehind) {
    // What the monthly step left: cards two or more months behind (a first run, an imported ledger, a missed month).
    const cards = await dueCards(db, schoolId, through)
      .select(['a.id', 'a.category_id', 'a.original_value_fen', 'a.life_months', 'a.dep_start_month', 'a.opening_dep_months', 'a.opening_accumulated_fen', 'ds.booked_dep_months', 'a.disposed_on'])
      .where(sql<SqlBool>`${nextPlanSerial} < ${monthSerial(through)}`).where('a.id', '>', afterId)
      .orderBy('a.id').limit(BATCH).execute();
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
        const claim = await tx.updateTable('asset_depreciation_state')
          .set({ booked_dep_months: card.booked_dep_months + rows.length, accumulated_depreciation_fen: last.accumulatedFen })
          .where('asset_id', '=', card.id).where('school_id', '=', schoolId).where('booked_dep_months', '=', card.booked_dep_months)
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
