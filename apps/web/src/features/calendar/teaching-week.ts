import type { SchoolYear, Term } from './calendar-api';

const DAY = 86_400_000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Monday on or before the date ("YYYY-MM-DD"). */
export function mondayOf(date: string): string {
  const t = utc(date);
  const weekday = new Date(t).getUTCDay();
  return new Date(t - ((weekday + 6) % 7) * DAY).toISOString().slice(0, 10);
}

export function termOn(years: SchoolYear[], date: string): Term | undefined {
  for (const y of years) for (const t of y.terms) if (t.startDate <= date && date <= t.endDate) return t;
  return undefined;
}

/** 第N周 of the term containing the date, counted from the term's week-1 Monday; null outside terms. */
export function teachingWeekOn(years: SchoolYear[], date: string): number | null {
  const term = termOn(years, date);
  if (!term) return null;
  const week = Math.floor((utc(mondayOf(date)) - utc(term.week1Start)) / (7 * DAY)) + 1;
  return week >= 1 ? week : null;
}

/** Groups a year's day entries back into holiday plans (name, off range, make-up days) to pre-fill the bulk form. */
export function plansFromDays(days: { date: string; kind: 'holiday' | 'workday'; name: string }[]): { name: string; off: [string, string]; workdays: string[] }[] {
  const byName = new Map<string, { off: string[]; workdays: string[] }>();
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const name = d.kind === 'workday' ? d.name.replace(/调休上班$/, '') : d.name;
    const entry = byName.get(name) ?? { off: [], workdays: [] };
    (d.kind === 'holiday' ? entry.off : entry.workdays).push(d.date);
    byName.set(name, entry);
  }
  return [...byName.entries()]
    .filter(([, e]) => e.off.length > 0)
    .map(([name, e]) => ({ name, off: [e.off[0]!, e.off[e.off.length - 1]!], workdays: e.workdays }));
}
