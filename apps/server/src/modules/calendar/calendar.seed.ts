import holidays2026 from './data/cn-public-holidays-2026.json' with { type: 'json' };
import { addDays, datesBetween, mondayOf } from '../../platform/calendar/dates.js';
import type { CalendarDayEntry } from '../../platform/calendar/working-calendar.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import { nowIso } from '../../platform/db/dialect-helpers.js';
import { lockSchoolCalendar } from './calendar.repository.js';

export { mondayOf } from '../../platform/calendar/dates.js';

/** One year's State Council schedule: each holiday's days off (both ends included) and its make-up working days. */
export interface HolidaySchedule { year: number; holidays: { name: string; off: string[]; workdays: string[] }[] }

/** Mainland China public holidays published by the State Council, by year. */
export const PUBLISHED_HOLIDAYS: HolidaySchedule[] = [holidays2026];

/** The calendar_days rows of a schedule: every day off, and every make-up day named "<holiday>调休上班". */
export function holidayDays(schedule: HolidaySchedule): CalendarDayEntry[] {
  return schedule.holidays.flatMap((h) => [
    ...datesBetween(h.off[0] ?? '', h.off[1] ?? h.off[0] ?? '').map((date) => ({ date, kind: 'holiday' as const, name: h.name })),
    ...h.workdays.map((date) => ({ date, kind: 'workday' as const, name: `${h.name}调休上班` })),
  ]);
}

/** Spring term starts the Monday after the 春节 break when that year is published, else around 20 February. */
function springTermStart(year: number): string {
  const festival = PUBLISHED_HOLIDAYS.find((s) => s.year === year)?.holidays.find((h) => h.name === '春节');
  const lastDayOff = festival?.off[1];
  if (lastDayOff) return addDays(mondayOf(lastDayOff), 7);
  const feb20 = `${year}-02-20`;
  return mondayOf(feb20) === feb20 ? feb20 : addDays(mondayOf(feb20), 7);
}

/** The school year (August–July) containing the given local date, with the usual two terms. */
export function defaultSchoolYear(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = m >= 8 ? y : y - 1;
  const term1Start = `${start}-09-01`;
  const term2Start = springTermStart(start + 1);
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

/**
 * Seeds a new school's current school year and every published public holiday. Runs inside the
 * school's creation, whose audit event covers these rows.
 */
export async function seedSchoolCalendar(tx: Tx, schoolId: number, today: string): Promise<void> {
  await lockSchoolCalendar(tx, schoolId);
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
