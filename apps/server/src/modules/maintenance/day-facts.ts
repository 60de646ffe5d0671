import type { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import { type DayFacts, weekdayName } from './recurrence.js';

/** The school calendar as the recurrence rules see it: 调休 make-up Saturdays are working days, holidays are not. */
export function dayFactsOf(cal: WorkingCalendar): DayFacts {
  return {
    isWorkingDay: (date) => {
      const kind = cal.dayKind(date);
      return kind === 'workday' || kind === 'makeup';
    },
    offReason: (date) => cal.dayName(date) ?? weekdayName(date),
  };
}
