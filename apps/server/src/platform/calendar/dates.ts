/** Local calendar dates as "YYYY-MM-DD" text and as day numbers (days since 1970-01-01), zone-free. */

const DAY_MS = 86_400_000;

/** Day number of a "YYYY-MM-DD" string; throws RangeError on anything that is not a real date. */
export function dayNumberOf(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) throw new RangeError(`不是有效的日期：${date}`);
  return t / DAY_MS;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function weekdayOf(date: string): number {
  return weekdayOfDayNumber(dayNumberOf(date));
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Monday on or before the date. */
export function mondayOf(date: string): string {
  const day = dayNumberOf(date);
  return dateOfDayNumber(day - ((weekdayOfDayNumber(day) + 6) % 7));
}

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumberOf(from), last = dayNumberOf(to); d <= last; d++) out.push(dateOfDayNumber(d));
  return out;
}
