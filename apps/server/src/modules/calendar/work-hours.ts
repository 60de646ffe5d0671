import { type WorkHours, WEEKDAY_KEYS, workHoursProblems } from '../../platform/calendar/work-periods.js';

export type { WorkHours } from '../../platform/calendar/work-periods.js';

const SCHOOL_DAY: [string, string][] = [['08:00', '12:00'], ['13:30', '17:30']];

/** A new school's hours: Monday to Friday with a lunch break, weekends off. */
export const DEFAULT_WORK_HOURS: WorkHours = {
  '0': [],
  '1': SCHOOL_DAY,
  '2': SCHOOL_DAY,
  '3': SCHOOL_DAY,
  '4': SCHOOL_DAY,
  '5': SCHOOL_DAY,
  '6': [],
};

function isPeriodList(value: unknown): value is [string, string][] {
  return Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string'));
}

/**
 * Reads schools.work_hours. The column is only written through a validated PUT, so anything
 * unreadable is an old or hand-edited value: fall back to the default rather than stop every deadline.
 */
export function parseWorkHours(json: string): WorkHours {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return DEFAULT_WORK_HOURS;
  }
  if (typeof parsed !== 'object' || parsed === null) return DEFAULT_WORK_HOURS;
  const record = parsed as Record<string, unknown>;
  const hours: WorkHours = {};
  for (const d of WEEKDAY_KEYS) {
    const periods = record[d] ?? [];
    if (!isPeriodList(periods)) return DEFAULT_WORK_HOURS;
    hours[d] = periods;
  }
  return workHoursProblems(hours).length ? DEFAULT_WORK_HOURS : hours;
}
