import type { Kysely } from 'kysely';
import { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { findSchoolSettings, listDays, listTerms } from './calendar.repository.js';
import { parseWorkHours } from './work-hours.js';

/**
 * The working calendar of one school (time zone, weekly hours, holidays, make-up days, terms) for
 * deadlines, SLA clocks and teaching weeks. Three queries; load it once per request or job and
 * reuse it for every record of that school. The caller has already checked the school is in scope.
 * Throws 404 when the school does not exist.
 */
export async function loadSchoolCalendar(db: Kysely<Database> | Tx, schoolId: number): Promise<WorkingCalendar> {
  const school = await findSchoolSettings(db, schoolId);
  const days = await listDays(db, schoolId);
  const terms = await listTerms(db, schoolId);
  return new WorkingCalendar({
    timezone: school.timezone,
    workHours: parseWorkHours(school.work_hours),
    days: days.map((d) => ({ date: d.date, kind: d.kind === 'workday' ? 'workday' : 'holiday', name: d.name })),
    terms: terms.map((t) => ({ id: t.id, name: t.name, startDate: t.start_date, endDate: t.end_date, week1Start: t.week1_start })),
  });
}
