import holidays2026 from './data/cn-public-holidays-2026.json' with { type: 'json' };
import type { Tx } from '../../platform/db/audited-writes.js';
import { nowIso } from '../../platform/db/dialect-helpers.js';

interface HolidayFile { year: number; holidays: { name: string; off: string[]; workdays: string[] }[] }

/** Mainland China public holidays published by the State Council, by year. */
export const PUBLISHED_HOLIDAYS: HolidayFile[] = [holidays2026];

function* daysBetween(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

export function holidayDays(file: HolidayFile): { date: string; kind: 'holiday' | 'workday'; name: string }[] {
  return file.holidays.flatMap((h) => [
    ...[...daysBetween(h.off[0] ?? '', h.off[1] ?? h.off[0] ?? '')].map((date) => ({ date, kind: 'holiday' as const, name: h.name })),
    ...h.workdays.map((date) => ({ date, kind: 'workday' as const, name: `${h.name}调休上班` })),
  ]);
}

/** Monday on or before the date. */
export function mondayOf(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const weekday = new Date(t).getUTCDay();
  return new Date(t - ((weekday + 6) % 7) * 86400_000).toISOString().slice(0, 10);
}

/** The school year (Sept–Aug) containing the given local date, with the usual two terms. */
export function defaultSchoolYear(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = m >= 8 ? y : y - 1;
  const term1Start = `${start}-09-01`;
  const term2Start = `${start + 1}-02-23`;
  return {
    name: `${start}-${start + 1}学年`,
    startDate: `${start}-08-01`,
    endDate: `${start + 1}-07-31`,
    terms: [
      { name: '第一学期', startDate: term1Start, endDate: `${start + 1}-01-22`, week1Start: mondayOf(term1Start) },
      { name: '第二学期', startDate: term2Start, endDate: `${start + 1}-07-09`, week1Start: mondayOf(term2Start) },
    ],
  };
}

/** Seeds a new school's current school year and every published public holiday. */
export async function seedSchoolCalendar(tx: Tx, schoolId: number, today: string): Promise<void> {
  const now = nowIso();
  const year = defaultSchoolYear(today);
  const sy = await tx
    .insertInto('school_years')
    .values({ school_id: schoolId, name: year.name, start_date: year.startDate, end_date: year.endDate, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('terms')
    .values(year.terms.map((t) => ({
      school_id: schoolId, school_year_id: sy.id, name: t.name, start_date: t.startDate, end_date: t.endDate,
      week1_start: t.week1Start, created_at: now, updated_at: now,
    })))
    .execute();
  const days = PUBLISHED_HOLIDAYS.flatMap(holidayDays);
  if (days.length) await tx.insertInto('calendar_days').values(days.map((d) => ({ school_id: schoolId, ...d }))).execute();
}
