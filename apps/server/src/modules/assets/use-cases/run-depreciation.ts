import { type Kysely, type SqlBool, sql } from 'kysely';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit.js';
import { type Tx, runInTransaction } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { type DepreciationPlan, monthsToBook } from '../rules/depreciation.js';
import { type Month, monthOfDate } from '../rules/months.js';

export interface DepreciationRunResult { month: Month; assets: number; months: number; amountFen: number }

/** Cards per query; the loop walks on by id so a big school is never loaded at once. */
const BATCH = 500;

/** "YYYY-MM" as a month count, the same arithmetic in SQL below. */
function monthSerial(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Serial of the plan month a card books next: its first month + opening months + months this system booked. */
const nextPlanSerial = sql<number>`(cast(substr(dep_start_month, 1, 4) as integer) * 12 + cast(substr(dep_start_month, 6, 2) as integer) - 1 + opening_dep_months + booked_dep_months)`;
/** remainderOf in rules/depreciation.ts, in SQL integer arithmetic (both databases divide integers by truncation). */
const remainingValue = sql<number>`(case when original_value_fen > opening_accumulated_fen then original_value_fen - opening_accumulated_fen else 0 end)`;
const remainingMonths = sql<number>`(life_months - opening_dep_months)`;
const monthlyBase = sql<number>`(${remainingValue} / ${remainingMonths})`;
/** amountOfPlanMonth for the next month: the base, or the remainder in the plan's last month. */
const nextAmount = sql<number>`(case when booked_dep_months < ${remainingMonths} - 1 then ${monthlyBase} else ${remainingValue} - ${monthlyBase} * (${remainingMonths} - 1) end)`;
/** accumulatedAfterPlanMonth once the next month is booked. */
const nextAccumulated = sql<number>`(opening_accumulated_fen + case when booked_dep_months >= ${remainingMonths} - 1 then ${remainingValue} else ${monthlyBase} * (booked_dep_months + 1) end)`;

/** A school's fixed assets with straight-line months left that have started by `through`. */
function dueCards(db: Kysely<Database> | Tx, schoolId: number, through: Month) {
  return db.selectFrom('assets')
    .where('school_id', '=', schoolId).where('accounting_class', '=', 'fixed').where('depreciation_method', '=', 'straight_line')
    .where('dep_start_month', '<=', through)
    .where((eb) => eb(eb('opening_dep_months', '+', eb.ref('booked_dep_months')), '<', eb.ref('life_months')));
}

/**
 * The regular monthly case, set-based: every card whose next month is exactly `through` books it with
 * two statements (the month rows by INSERT … SELECT, then the cards' counters), not one transaction
 * per card, so a district's run stays within minutes. The amounts are the same integer formula as
 * rules/depreciation.ts. A concurrent run waits on the unique (asset, month) rows and then books
 * nothing: its rows conflict and the counters it would move no longer match.
 */
async function bookDueMonth(db: Kysely<Database>, schoolId: number, through: Month): Promise<{ assets: number; amountFen: number }> {
  const serial = monthSerial(through);
  // 当月减少的当月不再计提: a card that left the books in or before this month books nothing.
  const onBooks = sql<SqlBool>`(disposed_on is null or substr(disposed_on, 1, 7) > ${through})`;
  return runInTransaction(db, async (tx) => {
    const inserted = await tx.insertInto('asset_depreciation')
      .columns(['school_id', 'asset_id', 'month', 'amount_fen', 'accumulated_fen', 'category_id', 'created_at'])
      .expression(dueCards(tx, schoolId, through)
        .where(sql<SqlBool>`${nextPlanSerial} = ${serial}`).where(onBooks)
        .select([
          'school_id', 'id', sql<string>`${through}`.as('month'), nextAmount.as('amount_fen'), nextAccumulated.as('accumulated_fen'),
          'category_id', sql<string>`${nowIso()}`.as('created_at'),
        ]))
      .onConflict((oc) => oc.columns(['asset_id', 'month']).doNothing())
      .returning(['asset_id', 'amount_fen'])
      .execute();
    if (inserted.length === 0) return { assets: 0, amountFen: 0 };
    await tx.updateTable('assets')
      .set({ booked_dep_months: sql`booked_dep_months + 1`, accumulated_depreciation_fen: nextAccumulated })
      .where('school_id', '=', schoolId).where(sql<SqlBool>`${nextPlanSerial} = ${serial}`)
      .where((eb) => eb.exists(eb.selectFrom('asset_depreciation as d').select('d.id')
        .whereRef('d.asset_id', '=', 'assets.id').where('d.month', '=', through).where('d.school_id', '=', schoolId)))
      .execute();
    return { assets: inserted.length, amountFen: inserted.reduce((sum, r) => sum + Number(r.amount_fen), 0) };
  });
}

/**
 * 计提折旧 for one school through `through` (YYYY-MM): every fixed asset with months left gets
 * each missing month up to then, in order. Safe to run twice or from two processes at once: a
 * card's months are claimed by a conditional update of its booked-month counter, and the
 * (asset, month) rows are unique, so a month is never booked twice. Returns what was booked.
 */
export async function bookSchoolDepreciation(db: Kysely<Database>, schoolId: number, through: Month, audit: AuditContext): Promise<DepreciationRunResult> {
  const result: DepreciationRunResult = { month: through, assets: 0, months: 0, amountFen: 0 };
  const monthly = await bookDueMonth(db, schoolId, through);
  result.assets += monthly.assets;
  result.months += monthly.assets;
  result.amountFen += monthly.amountFen;
  let afterId = 0;
  for (;;) {
    // What the monthly step left: cards two or more months behind (a first run, an imported ledger, a missed month).
    const cards = await dueCards(db, schoolId, through)
      .select(['id', 'category_id', 'original_value_fen', 'life_months', 'dep_start_month', 'opening_dep_months', 'opening_accumulated_fen', 'booked_dep_months', 'disposed_on'])
      .where(sql<SqlBool>`${nextPlanSerial} < ${monthSerial(through)}`).where('id', '>', afterId)
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
