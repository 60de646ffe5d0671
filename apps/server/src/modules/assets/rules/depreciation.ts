import { type Month, addMonths, monthOfDate, monthsBetween } from './months.js';

/**
 * Straight-line monthly depreciation with no residual value (《政府会计准则第3号——固定资产》 and
 * its guide 财会〔2017〕4号, domain-rules.md §2.4). Amounts are integer fen: every month books
 * floor(value / months) and the last month takes the remainder, so the months add up to the value
 * exactly whatever the life (600 months of a 50-year building included) — no floating point.
 */
export interface DepreciationPlan {
  originalFen: number;
  lifeMonths: number;
  /** First month of the plan (see startMonthOf). */
  startMonth: Month;
  /** Months of the plan depreciated before this system booked any (an imported ledger). */
  openingMonths: number;
  openingAccumulatedFen: number;
}

export interface BookedMonth { month: Month; amountFen: number; accumulatedFen: number }

/**
 * 'same_month': the government rule (当月增加的固定资产当月开始计提, domain-rules.md §2.4, ⚠️ unverified
 * against the guide's own text, hence configurable); 'next_month': the enterprise convention some
 * schools' finance software still follows.
 */
export const DEPRECIATION_START_RULES = ['same_month', 'next_month'] as const;
export type DepreciationStartRule = (typeof DEPRECIATION_START_RULES)[number];

/** The plan's first month for an asset recorded on `date` (YYYY-MM-DD). */
export function startMonthOf(date: string, rule: DepreciationStartRule): Month {
  const month = monthOfDate(date);
  return rule === 'next_month' ? addMonths(month, 1) : month;
}

/** What is left to depreciate after the opening balance, and over how many months. */
function remainderOf(plan: DepreciationPlan): { value: number; months: number; base: number } {
  const value = Math.max(0, plan.originalFen - plan.openingAccumulatedFen);
  const months = Math.max(0, plan.lifeMonths - plan.openingMonths);
  return { value, months, base: months > 0 ? Math.floor(value / months) : 0 };
}

/** The amount of plan month `index` (0 = startMonth); 0 outside the part this system books. */
export function amountOfPlanMonth(plan: DepreciationPlan, index: number): number {
  const { value, months, base } = remainderOf(plan);
  const j = index - plan.openingMonths;
  if (j < 0 || j >= months) return 0;
  return j < months - 1 ? base : value - base * (months - 1);
}

/** Accumulated depreciation once plan months 0…index have been booked. */
export function accumulatedAfterPlanMonth(plan: DepreciationPlan, index: number): number {
  const { value, months, base } = remainderOf(plan);
  const j = index - plan.openingMonths;
  if (j < 0) return plan.openingAccumulatedFen;
  if (j >= months - 1) return plan.openingAccumulatedFen + value;
  return plan.openingAccumulatedFen + base * (j + 1);
}

/** Plan month of a calendar month (may be negative or past the end). */
export function planIndexOf(plan: DepreciationPlan, month: Month): number {
  return monthsBetween(plan.startMonth, month);
}

/**
 * The months still to book, in order, after `bookedMonths` months already booked by this system:
 * up to and including `through`, never in or after `stopMonth` (the month the asset left the books:
 * 当月减少的当月不再计提), and never past the end of the plan (fully depreciated stops).
 */
export function monthsToBook(plan: DepreciationPlan, bookedMonths: number, through: Month, stopMonth: Month | null = null): BookedMonth[] {
  const out: BookedMonth[] = [];
  const { months } = remainderOf(plan);
  for (let j = bookedMonths; j < months; j++) {
    const index = plan.openingMonths + j;
    const month = addMonths(plan.startMonth, index);
    if (month > through || (stopMonth !== null && month >= stopMonth)) break;
    out.push({ month, amountFen: amountOfPlanMonth(plan, index), accumulatedFen: accumulatedAfterPlanMonth(plan, index) });
  }
  return out;
}

/** Net value (净值) given the accumulated depreciation. */
export function netValueOf(originalFen: number, accumulatedFen: number): number {
  return originalFen - accumulatedFen;
}
