import type { Kysely } from 'kysely';
import { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/errors.js';
import { listDays, listTerms } from './calendar.repository.js';
import { parseWorkHours } from './work-hours.js';

type Conn = Kysely<Database> | Tx;

interface Cached { stamp: string; timezone: string; workHours: string; calendar: WorkingCalendar }

/** The columns of `schools` a calendar is built and cached from: a caller that already read them may pass them in. */
export interface SchoolCalendarRow { timezone: string; work_hours: string; calendar_stamp: string | null }

/**
 * Calendars built in this process, by school. An entry is used only while the school row still
 * carries the stamp, time zone and hours it was built from: every calendar write gives the school a
 * new random stamp in its own transaction (lockSchoolCalendar), so a change made by any process,
 * or a different database with the same school id, is seen on the next read.
 */
const cache = new Map<number, Cached>();
const MAX_SCHOOLS = 2000;

async function schoolRow(db: Conn, schoolId: number) {
  const school = await db.selectFrom('schools').select(['timezone', 'work_hours', 'calendar_stamp']).where('id', '=', schoolId).executeTakeFirst();
  if (!school) throw notFound('学校');
  return school;
}

async function build(db: Conn, schoolId: number, school: { timezone: string; work_hours: string }): Promise<WorkingCalendar> {
  const days = await listDays(db, schoolId);
  const terms = await listTerms(db, schoolId);
  return new WorkingCalendar({
    timezone: school.timezone,
    workHours: parseWorkHours(school.work_hours),
    days: days.map((d) => ({ date: d.date, kind: d.kind === 'workday' ? 'workday' : 'holiday', name: d.name })),
    terms: terms.map((t) => ({ id: t.id, name: t.name, startDate: t.start_date, endDate: t.end_date, week1Start: t.week1_start })),
  });
}

/**
 * The working calendar of one school (time zone, weekly hours, holidays, make-up days, terms) for
 * deadlines, SLA clocks and teaching weeks: one query while this process holds the school's current
 * calendar (none when the caller passes the school's row, read in the same transaction), three when
 * it has to build it. The caller has already checked the school is in scope.
 * Throws 404 when the school does not exist.
 */
export async function loadSchoolCalendar(db: Conn, schoolId: number, row?: SchoolCalendarRow): Promise<WorkingCalendar> {
  const school = row ?? await schoolRow(db, schoolId);
  const hit = cache.get(schoolId);
  if (hit && school.calendar_stamp !== null && hit.stamp === school.calendar_stamp && hit.timezone === school.timezone && hit.workHours === school.work_hours) {
    return hit.calendar;
  }
  const calendar = await build(db, schoolId, school);
  if (school.calendar_stamp !== null) {
    if (!cache.has(schoolId) && cache.size >= MAX_SCHOOLS) cache.delete(cache.keys().next().value as number);
    cache.set(schoolId, { stamp: school.calendar_stamp, timezone: school.timezone, workHours: school.work_hours, calendar });
  }
  return calendar;
}

/** Several schools' calendars (a district board, a report), each as loadSchoolCalendar gives it. */
export async function loadSchoolCalendars(db: Conn, schoolIds: Iterable<number>): Promise<Map<number, WorkingCalendar>> {
  const out = new Map<number, WorkingCalendar>();
  for (const id of new Set(schoolIds)) out.set(id, await loadSchoolCalendar(db, id));
  return out;
}
