import { dateOfDayNumber, dayNumberOf, weekdayOf } from '../../platform/calendar/dates.js';
import { WEEKDAY_LABELS, type WeekdayKey, type WorkHours } from '../../platform/calendar/work-periods.js';
import { invalidField, platformError } from '../../platform/http/errors.js';
import type { BulkHolidaysBody } from './calendar.schemas.js';

/**
 * The school whose calendar a read concerns: the actor's own, or for district-scope accounts
 * one of the district's schools named by ?schoolId. Any other school answers 404.
 */
export interface DateSpan { startDate: string; endDate: string }

export function checkSchoolYearDates(span: DateSpan): void {
  if (span.endDate < span.startDate) throw invalidField('endDate', '「结束日期」不能早于「开始日期」');
}

/**
 * A term lies inside its school year, ends after it starts, and its teaching week 1 starts on a
 * Monday no later than the first day of term (so every school day has a week number ≥ 1).
 */
export function checkTermDates(term: DateSpan & { week1Start: string }, year: DateSpan): void {
  if (term.endDate < term.startDate) throw invalidField('endDate', '「结束日期」不能早于「开始日期」');
  const within = `所属学年（${year.startDate} 至 ${year.endDate}）`;
  if (term.startDate < year.startDate) throw invalidField('startDate', `学期的「开始日期」必须在${within}之内`);
  if (term.endDate > year.endDate) throw invalidField('endDate', `学期的「结束日期」必须在${within}之内`);
  if (weekdayOf(term.week1Start) !== 1) throw invalidField('week1Start', '「第一教学周的周一」必须是星期一');
  if (term.week1Start > term.startDate) throw invalidField('week1Start', '「第一教学周的周一」不能晚于学期的「开始日期」');
}

export function overlapConflict(what: string, other: { name: string; start_date: string; end_date: string }) {
  return platformError('CONFLICT', `${what}日期与「${other.name}」（${other.start_date} 至 ${other.end_date}）重叠`);
}

/** A make-up working day only makes sense on a day the weekly hours leave free (a weekend). */
export function checkMakeupDay(date: string, workHours: WorkHours, field: string): void {
  const weekday = String(weekdayOf(date)) as WeekdayKey;
  if ((workHours[weekday] ?? []).length > 0) {
    throw invalidField(field, `${date} 是${WEEKDAY_LABELS[weekday]}，本来就是工作日，无需设为调休上班`);
  }
}

const MAX_BREAK_DAYS = 31;

/**
 * A State Council schedule as entered by hand: every break lies (at least partly) in the year, runs
 * forwards and for at most a month; make-up days fall near their break, on days normally off, and
 * no date is given twice.
 */
export function checkHolidaySchedule(body: BulkHolidaysBody, workHours: WorkHours): void {
  const seen = new Map<string, string>();
  const fail = (field: string, message: string): never => {
    throw invalidField(field, message);
  };
  const claim = (date: string, field: string, name: string) => {
    const previous = seen.get(date);
    if (previous) fail(field, `${date} 在「${previous}」中已经出现过`);
    seen.set(date, name);
  };
  body.holidays.forEach((h, i) => {
    const [from, to] = h.off;
    const field = `holidays.${i}.off`;
    if (to < from) fail(field, `「${h.name}」的放假结束日期不能早于开始日期`);
    if (to < `${body.year}-01-01` || from > `${body.year}-12-31`) fail(field, `「${h.name}」的放假日期应在 ${body.year} 年内`);
    const first = dayNumberOf(from);
    const last = dayNumberOf(to);
    if (last - first + 1 > MAX_BREAK_DAYS) fail(field, `「${h.name}」的放假天数不能超过 ${MAX_BREAK_DAYS} 天`);
    for (let d = first; d <= last; d++) claim(dateOfDayNumber(d), field, h.name);
    h.workdays.forEach((w, j) => {
      const wField = `holidays.${i}.workdays.${j}`;
      const day = dayNumberOf(w);
      if (day < first - MAX_BREAK_DAYS || day > last + MAX_BREAK_DAYS) fail(wField, `「${h.name}」的调休上班日 ${w} 离放假日期太远`);
      checkMakeupDay(w, workHours, wField);
      claim(w, wField, h.name);
    });
  });
}
