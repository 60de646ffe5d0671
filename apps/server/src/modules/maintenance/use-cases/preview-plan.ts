import { addDays } from '../../../platform/calendar/dates.js';
import { dayFactsOf } from '../day-facts.js';
import type { PreviewDto } from '../maintenance.schemas.js';
import { type PlanTiming, describeSchedule, plannedDates } from '../recurrence.js';
import type { SchoolCalendar } from './generate-occurrences.js';

/** Two years ahead is enough for ten dates of any rule, yearly ones included. */
const HORIZON_DAYS = 800;

/** The next `count` dates from `from`, each with the day-off adjustment spelled out (「10月5日 国庆节 → 顺延至10月8日」). */
export function previewDates(timing: PlanTiming, sc: SchoolCalendar, from: string, count: number, leadDays: number, lastCompletedOn: string | null = null): PreviewDto {
  const dates = plannedDates(timing, dayFactsOf(sc.cal), sc.terms, from, addDays(from, HORIZON_DAYS), lastCompletedOn).slice(0, count);
  return {
    scheduleText: describeSchedule(timing.schedule),
    items: dates.map((d) => ({
      nominalDate: d.nominalDate, dueDate: d.dueDate, visibleFrom: d.dueDate ? addDays(d.dueDate, -leadDays) : null, skipped: d.dueDate === null, note: d.note,
    })),
  };
}
