import dayjs from 'dayjs';

export type PeriodKind = 'thisMonth' | 'lastMonth' | 'term' | 'custom';
export interface Period { kind: PeriodKind; from: string; to: string }
export interface TermDates { name: string; startDate: string; endDate: string }

const D = 'YYYY-MM-DD';

export function thisMonth(today = dayjs()): Period {
  return { kind: 'thisMonth', from: today.startOf('month').format(D), to: today.format(D) };
}

export function lastMonth(today = dayjs()): Period {
  const m = today.subtract(1, 'month');
  return { kind: 'lastMonth', from: m.startOf('month').format(D), to: m.endOf('month').format(D) };
}

/** 本学期 so far: from the term's first day to today (or its last day once it is over). */
export function termPeriod(term: TermDates, today = dayjs()): Period {
  const to = today.format(D) < term.endDate ? today.format(D) : term.endDate;
  return { kind: 'term', from: term.startDate, to };
}

/** The term holding today, from the school calendar's years. */
export function currentTerm(years: { terms: TermDates[] }[], today = dayjs()): TermDates | null {
  const d = today.format(D);
  return years.flatMap((y) => y.terms).find((t) => t.startDate <= d && d <= t.endDate) ?? null;
}
