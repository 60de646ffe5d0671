import { dateOfDayNumber, dayNumberOf } from './dates.js';

export interface WeekSpan { week: number; start: string; end: string }

/**
 * The teaching weeks of a term, Monday to Sunday from week1Start, clipped to the term's own
 * dates so week 1 begins on the first school day and the last week ends with the term.
 */
export function teachingWeeksOf(term: { startDate: string; endDate: string; week1Start: string }): WeekSpan[] {
  const first = dayNumberOf(term.startDate);
  const last = dayNumberOf(term.endDate);
  const weeks: WeekSpan[] = [];
  for (let monday = dayNumberOf(term.week1Start), week = 1; monday <= last; monday += 7, week++) {
    if (monday + 6 < first) continue;
    weeks.push({ week, start: dateOfDayNumber(Math.max(monday, first)), end: dateOfDayNumber(Math.min(monday + 6, last)) });
  }
  return weeks;
}
