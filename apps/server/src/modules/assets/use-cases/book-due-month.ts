import { type Kysely, PostgresAdapter, type SqlBool, sql } from 'kysely';
import { type Tx, runInTransaction } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import type { Month } from '../rules/months.js';

/** "YYYY-MM" as a month count, the same arithmetic in SQL below. */
export function monthSerial(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Serial of the plan month a card books next: its first month + opening months + months this system booked. */
export const nextPlanSerial = sql<number>`(cast(substr(a.dep_start_month, 1, 4) as integer) * 12 + cast(substr(a.dep_start_month, 6, 2) as integer) - 1 + a.opening_dep_months + ds.booked_dep_months)`;
/** remainderOf in rules/depreciation.ts, in SQL integer arithmetic (both databases divide integers by truncation). */
const remainingValue = sql<number>`(case when a.original_value_fen > a.opening_accumulated_fen then a.original_value_fen - a.opening_accumulated_fen else 0 end)`;
const remainingMonths = sql<number>`(a.life_months - a.opening_dep_months)`;
const monthlyBase = sql<number>`(${remainingValue} / ${remainingMonths})`;
/** amountOfPlanMonth for the next month: the base, or the remainder in the plan's last month. */
const nextAmount = sql<number>`(case when ds.booked_dep_months < ${remainingMonths} - 1 then ${monthlyBase} else ${remainingValue} - ${monthlyBase} * (${remainingMonths} - 1) end)`;
/** accumulatedAfterPlanMonth once the next month is booked. */
const nextAccumulated = sql<number>`(a.opening_accumulated_fen + case when ds.booked_dep_months >= ${remainingMonths} - 1 then ${remainingValue} else ${monthlyBase} * (ds.booked_dep_months + 1) end)`;

/** 当月减少的当月不再计提: a card that left the books in or before this month books nothing. */
const onBooksIn = (through: Month) => sql<SqlBool>`(a.disposed_on is null or substr(a.disposed_on, 1, 7) > ${through})`;

/**
 * A school's fixed assets with straight-line months left that have started by `through`, with their
 * counters (asset_depreciation_state, one row per card, joined by primary key).
 */
export function dueCards(db: Kysely<Database> | Tx, schoolId: number, through: Month) {
  return db.selectFrom('assets as a').innerJoin('asset_depreciation_state as ds', 'ds.asset_id', 'a.id')
    .where('a.school_id', '=', schoolId).where('a.accounting_class', '=', 'fixed').where('a.depreciation_method', '=', 'straight_line')
    .where('a.dep_start_month', '<=', through)
    .where((eb) => eb(eb('a.opening_dep_months', '+', eb.ref('ds.booked_dep_months')), '<', eb.ref('a.life_months')));
}

/** What the monthly step booked; `mayBeBehind` false when no card of the school is two or more months behind. */
export interface DueMonthResult { assets: number; amountFen: number; mayBeBehind: boolean }

/**
 * The regular monthly case, set-based: every card whose next month is exactly `through` books it,
 * not one transaction per card, so a district's run stays within minutes. The amounts are the same
 * integer formula as rules/depreciation.ts. A concurrent run waits on the unique (asset, month)
 * rows and then books nothing: its rows conflict, and the counters it would move no longer point at
 * this month.
 */
export function bookDueMonth(db: Kysely<Database>, schoolId: number, through: Month): Promise<DueMonthResult> {
  return db.getExecutor().adapter instanceof PostgresAdapter ? bookDueMonthInOneStatement(db, schoolId, through) : bookDueMonthInTwoStatements(db, schoolId, through);
}

/** SQLite: the month rows by INSERT … SELECT, then the counters from the rows just written. */
async function bookDueMonthInTwoStatements(db: Kysely<Database>, schoolId: number, through: Month): Promise<DueMonthResult> {
  const serial = monthSerial(through);
  return runInTransaction(db, async (tx) => {
    const inserted = await tx.insertInto('asset_depreciation')
      .columns(['school_id', 'asset_id', 'month', 'amount_fen', 'accumulated_fen', 'category_id', 'created_at'])
      .expression(dueCards(tx, schoolId, through)
        .where(sql<SqlBool>`${nextPlanSerial} = ${serial}`).where(onBooksIn(through))
        .select([
          'a.school_id', 'a.id', sql<string>`${through}`.as('month'), nextAmount.as('amount_fen'), nextAccumulated.as('accumulated_fen'),
          'a.category_id', sql<string>`${nowIso()}`.as('created_at'),
        ]))
      .onConflict((oc) => oc.columns(['asset_id', 'month']).doNothing())
      .returning(['asset_id', 'amount_fen'])
      .execute();
    if (inserted.length > 0) {
      // The month's row carries the accumulated amount after it; the counter moves only while it still points at this month.
      await tx.updateTable('asset_depreciation_state as ds')
        .from('asset_depreciation as d')
        .innerJoin('assets as a', 'a.id', 'd.asset_id')
        .set((eb) => ({ booked_dep_months: sql`ds.booked_dep_months + 1`, accumulated_depreciation_fen: eb.ref('d.accumulated_fen') }))
        .whereRef('d.asset_id', '=', 'ds.asset_id').where('d.school_id', '=', schoolId).where('d.month', '=', through)
        .where('ds.school_id', '=', schoolId).where(sql<SqlBool>`${nextPlanSerial} = ${serial}`)
        .execute();
    }
    return { assets: inserted.length, amountFen: inserted.reduce((sum, r) => sum + Number(r.amount_fen), 0), mayBeBehind: true };
  });
}

/**
 * PostgreSQL: the same in one statement that reads the school's cards once (data-modifying CTEs):
 * `due` the cards with months left, `ins` the month rows of those whose next month is this one,
 * `moved` their counters, guarded by the count read in `due` (a concurrent claim changed it: no
 * move). It also counts the cards further behind, so the card-by-card catch-up is skipped when
 * there are none (the common case). On the bench's 1.4M cards this is the difference between
 * reading every card once and three times.
 */
async function bookDueMonthInOneStatement(db: Kysely<Database>, schoolId: number, through: Month): Promise<DueMonthResult> {
  const serial = monthSerial(through);
  const row = await sql<{ assets: number; amount_fen: number; behind: number }>`
    with due as materialized (
      select a.id, a.school_id, a.category_id, ds.booked_dep_months as booked_before, ${nextPlanSerial} as next_serial,
        ${nextAmount} as amount_fen, ${nextAccumulated} as accumulated_fen, ${onBooksIn(through)} as on_books
      from assets a join asset_depreciation_state ds on ds.asset_id = a.id
      where a.school_id = ${schoolId} and a.accounting_class = 'fixed' and a.depreciation_method = 'straight_line'
        and a.dep_start_month <= ${through} and a.opening_dep_months + ds.booked_dep_months < a.life_months
    ), ins as (
      insert into asset_depreciation (school_id, asset_id, month, amount_fen, accumulated_fen, category_id, created_at)
      select school_id, id, ${through}, amount_fen, accumulated_fen, category_id, ${nowIso()}
      from due where next_serial = ${serial} and on_books
      on conflict (asset_id, month) do nothing
      returning asset_id, amount_fen, accumulated_fen
    ), moved as (
      update asset_depreciation_state ds
      set booked_dep_months = ds.booked_dep_months + 1, accumulated_depreciation_fen = ins.accumulated_fen
      from ins join due on due.id = ins.asset_id
      where ds.asset_id = ins.asset_id and ds.booked_dep_months = due.booked_before
      returning ds.asset_id
    )
    select (select count(*) from ins) as assets, (select coalesce(sum(amount_fen), 0) from ins) as amount_fen,
      (select count(*) from due where next_serial < ${serial}) as behind`.execute(db);
  const r = row.rows[0];
  return { assets: Number(r?.assets ?? 0), amountFen: Number(r?.amount_fen ?? 0), mayBeBehind: Number(r?.behind ?? 1) > 0 };
}
