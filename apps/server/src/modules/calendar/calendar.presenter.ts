import type { DayKind } from '../../platform/calendar/working-calendar.js';
import type { CalendarDayRow, SchoolYearRow, TermRow } from './calendar.repository.js';
import type { CalendarDay, SchoolYear, Term } from './calendar.schemas.js';

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  workday: '工作日',
  weekend: '休息日',
  holiday: '节假日',
  makeup: '调休上班',
};

const ENTRY_LABELS = { holiday: '放假', workday: '调休上班' } as const;

export function presentTerm(row: TermRow): Term {
  return {
    id: row.id, schoolYearId: row.school_year_id, name: row.name,
    startDate: row.start_date, endDate: row.end_date, week1Start: row.week1_start, version: row.version,
  };
}

export function presentSchoolYear(row: SchoolYearRow, terms: TermRow[]): SchoolYear {
  return {
    id: row.id, name: row.name, startDate: row.start_date, endDate: row.end_date, version: row.version,
    terms: terms.filter((t) => t.school_year_id === row.id).map(presentTerm),
  };
}

export function presentDay(row: CalendarDayRow): CalendarDay {
  const kind = row.kind === 'workday' ? 'workday' : 'holiday';
  return { id: row.id, date: row.date, kind, kindLabel: ENTRY_LABELS[kind], name: row.name };
}
