import { localDate } from '../../../platform/calendar/time-zone.js';
import { type Period, monthsOf, periodOf } from './report-scope.js';

/** First day of the month `back` months before the month of a local date. */
function monthStart(date: string, back: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 - back, 1));
  return d.toISOString().slice(0, 10);
}

/** The last `count` calendar months up to and including the one holding `upTo` (default today), the last clipped at that day. */
export function recentMonths(count: number, tz: string, now = new Date(), upTo?: string): Period[] {
  const end = upTo ?? localDate(now, tz);
  return monthsOf(periodOf(monthStart(end, count - 1), end, tz), tz);
}

/** The whole span of consecutive months, for one range query. */
export function spanOf(months: Period[]): Period {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) throw new Error('spanOf needs at least one month');
  return { from: first.from, to: last.to, start: first.start, end: last.end };
}
