import type { Kysely } from 'kysely';
import { type WeekSpan, teachingWeeksOf } from '../../../platform/calendar/teaching-weeks.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField, notFound, platformError } from '../../../platform/http/errors.js';
import { DAY_KIND_LABELS } from '../calendar.presenter.js';
import { findTerm } from '../calendar.repository.js';
import type { AddWorkingTimeBody, AddWorkingTimeResult, Moment } from '../calendar.schemas.js';
import { loadSchoolCalendar } from '../load-school-calendar.js';

/** Everything the calendar says about one instant at one school: working or not, kind of day, term and week. */
export async function describeMoment(db: Kysely<Database>, schoolId: number, at: Date): Promise<Moment> {
  const cal = await loadSchoolCalendar(db, schoolId);
  const localDate = cal.localDateOf(at);
  const kind = cal.dayKind(localDate);
  const week = cal.teachingWeek(localDate);
  return {
    at: at.toISOString(),
    localDate,
    localDateTime: formatLocalTime(at.toISOString(), cal.timezone),
    isWorking: cal.isWorkingMoment(at),
    dayKind: kind,
    dayKindLabel: DAY_KIND_LABELS[kind],
    dayName: cal.dayName(localDate),
    term: week ? { id: week.termId, name: week.termName } : null,
    teachingWeek: week?.week ?? null,
    nextWorkingAt: runCalendar(() => cal.nextWorkingMoment(at)).toISOString(),
  };
}

/** The end of `minutes` working minutes or `days` working days from `start` (exactly one of them). */
export async function addWorkingTime(db: Kysely<Database>, schoolId: number, body: AddWorkingTimeBody): Promise<AddWorkingTimeResult> {
  const { minutes, days } = body;
  if ((minutes === undefined) === (days === undefined)) throw invalidField('minutes', '请填写「工作分钟数」或「工作日数」其中一项');
  const cal = await loadSchoolCalendar(db, schoolId);
  const start = new Date(body.start);
  const end = runCalendar(() => (days === undefined ? cal.addWorkingMinutes(start, minutes ?? 0) : cal.addWorkingDays(start, days)));
  return { start: start.toISOString(), end: end.toISOString(), endLocal: formatLocalTime(end.toISOString(), cal.timezone) };
}

/** The teaching weeks of a term the actor may read, for week pickers. */
export async function listTeachingWeeks(db: Kysely<Database>, actor: Actor, termId: number): Promise<WeekSpan[]> {
  const term = await findTerm(db, actor.readableSchoolIds, termId);
  if (!term) throw notFound('学期');
  return teachingWeeksOf({ startDate: term.start_date, endDate: term.end_date, week1Start: term.week1_start });
}

// The service throws RangeError only when a calendar has no working time for years on end.
function runCalendar<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RangeError) throw platformError('CONFLICT', err.message);
    throw err;
  }
}
