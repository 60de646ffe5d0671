import { dayNumberOf } from '../../platform/calendar/dates.js';
import { invalidField } from '../../platform/http/errors.js';
import type { ScheduleInput } from './maintenance.schemas.js';
import type { Schedule } from './recurrence.js';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function need<T>(value: T | undefined, field: string, message: string): T {
  if (value === undefined) throw invalidField(`schedule.${field}`, message);
  return value;
}

/**
 * The stored recurrence: only the fields its kind uses, each one present. A weekly rule without
 * weekdays or a yearly 2月30日 is the person's mistake, reported on that field.
 */
export function scheduleOf(input: ScheduleInput): Schedule {
  switch (input.kind) {
    case 'daily':
      return { kind: 'daily' };
    case 'weekly': {
      const weekdays = need(input.weekdays, 'weekdays', '「每周的哪几天」至少选一天');
      if (weekdays.length === 0) throw invalidField('schedule.weekdays', '「每周的哪几天」至少选一天');
      return { kind: 'weekly', weekdays: [...weekdays].sort(), everyWeeks: input.everyWeeks ?? 1 };
    }
    case 'monthly':
      return { kind: 'monthly', day: need(input.day, 'day', '请填写每月几号') };
    case 'term':
      return { kind: 'term', anchor: need(input.anchor, 'anchor', '请选择开学或学期结束'), offsetDays: input.offsetDays ?? 0 };
    case 'yearly': {
      const month = need(input.month, 'month', '请填写月份');
      const day = need(input.day, 'day', '请填写几号');
      if (day > (DAYS_IN_MONTH[month - 1] ?? 31)) throw invalidField('schedule.day', `${month}月没有${day}日`);
      return { kind: 'yearly', month, day };
    }
    case 'after_completion':
      return { kind: 'after_completion', days: need(input.days, 'days', '请填写上次完成后间隔几天') };
  }
}

/** Start and end dates in order. */
export function checkDateSpan(startDate: string, endDate: string | null): void {
  for (const [field, value] of [['startDate', startDate], ['endDate', endDate]] as const) {
    if (value === null) continue;
    try { dayNumberOf(value); } catch { throw invalidField(field, `「${field === 'startDate' ? '开始日期' : '结束日期'}」不是有效的日期`); }
  }
  if (endDate !== null && endDate < startDate) throw invalidField('endDate', '「结束日期」不能早于开始日期');
}

/** Parses a stored recurrence (written by scheduleOf, so trusted). */
export function parseSchedule(json: string): Schedule {
  return JSON.parse(json) as Schedule;
}
