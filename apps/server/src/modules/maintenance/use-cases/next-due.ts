import type { Kysely } from 'kysely';
import { addDays } from '../../../platform/calendar/dates.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { loadSchoolCalendar } from '../../calendar/load-school-calendar.js';
import { dayFactsOf } from '../day-facts.js';
import type { PlanRow } from '../maintenance.repository.js';
import { plannedDates } from '../recurrence.js';
import { type SchoolCalendar, termsOf, timingOf } from './generate-occurrences.js';

/** Far enough to find the next date of a yearly plan. */
const LOOKAHEAD_DAYS = 400;

export async function schoolCalendarOf(db: Kysely<Database> | Tx, schoolId: number): Promise<SchoolCalendar> {
  return { cal: await loadSchoolCalendar(db, schoolId), terms: await termsOf(db, schoolId) };
}

/**
 * The next job a person should expect: the earliest generated one still open, else the first date
 * the rule gives after what has been generated (from today on).
 */
export function nextDueOf(plan: PlanRow, sc: SchoolCalendar, today: string): string | null {
  if (plan.next_open_due) return String(plan.next_open_due);
  if (plan.active !== 1) return null;
  const covered = plan.generated_through ? addDays(plan.generated_through, 1) : plan.generate_from;
  let from = covered > today ? covered : today;
  if (plan.generate_from > from) from = plan.generate_from;
  const timing = timingOf(plan);
  if (timing.schedule.kind === 'after_completion' && plan.last_completed_at) {
    const last = localDate(new Date(String(plan.last_completed_at)), sc.cal.timezone);
    return plannedDates(timing, dayFactsOf(sc.cal), sc.terms, last, addDays(last, LOOKAHEAD_DAYS), last).find((d) => d.dueDate !== null)?.dueDate ?? null;
  }
  const next = plannedDates(timing, dayFactsOf(sc.cal), sc.terms, from, addDays(from, LOOKAHEAD_DAYS)).find((d) => d.dueDate !== null);
  return next?.dueDate ?? null;
}
