import { addDays, dateOfDayNumber, dayNumberOf, weekdayOf } from '../../platform/calendar/dates.js';

/** How often a plan falls due. Weekdays are 1 = Monday … 7 = Sunday, as people say them. */
export type Schedule =
  | { kind: 'daily' }
  | { kind: 'weekly'; weekdays: number[]; everyWeeks: number }
  | { kind: 'monthly'; day: number }
  | { kind: 'term'; anchor: 'start' | 'end'; offsetDays: number }
  | { kind: 'yearly'; month: number; day: number }
  | { kind: 'after_completion'; days: number };

export const SCHEDULE_KINDS = ['daily', 'weekly', 'monthly', 'term', 'yearly', 'after_completion'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** What a due date on a day off does: skip it, move it to the working day before or after, or keep it. */
export const HOLIDAY_POLICIES = ['skip', 'previous', 'next', 'ignore'] as const;
export type HolidayPolicy = (typeof HOLIDAY_POLICIES)[number];
export const HOLIDAY_POLICY_LABELS: Record<HolidayPolicy, string> = {
  skip: '跳过', previous: '提前到前一个工作日', next: '顺延到下一个工作日', ignore: '照常（节假日也做）',
};

/** The calendar facts the rules need; WorkingCalendar answers them (调休 make-up days count as working). */
export interface DayFacts {
  isWorkingDay(date: string): boolean;
  /** Why a day is off: the holiday's name, else 周六 / 周日. */
  offReason(date: string): string;
}

export interface TermDates { name: string; startDate: string; endDate: string }

export interface PlanTiming { schedule: Schedule; holidayPolicy: HolidayPolicy; startDate: string; endDate: string | null }

/** One date the rule gives: where it landed after the holiday policy (null = skipped) and why. */
export interface PlannedDate { nominalDate: string; dueDate: string | null; note: string | null }

/** A shift never looks further than this for a working day (a summer holiday is about 60 days). */
const MAX_SHIFT_DAYS = 70;
/** Nominal dates just outside the asked range can shift into it. */
const SHIFT_MARGIN = MAX_SHIFT_DAYS;
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export const monthDay = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
export const weekdayName = (date: string): string => WEEKDAY_NAMES[weekdayOf(date)] ?? '';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day `day` of the month, or its last day when the month is shorter (31 → 2月28日). */
function clampedDate(year: number, month: number, day: number): string {
  const d = Math.min(day, lastDayOfMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Nominal dates of a calendar rule in [from, to], before any holiday shift. */
function nominalDates(schedule: Exclude<Schedule, { kind: 'after_completion' }>, from: string, to: string, startDate: string, terms: readonly TermDates[]): string[] {
  const out: string[] = [];
  const first = dayNumberOf(from);
  const last = dayNumberOf(to);
  switch (schedule.kind) {
    case 'daily':
      for (let d = first; d <= last; d++) out.push(dateOfDayNumber(d));
      break;
    case 'weekly': {
      // Weeks count from the Monday of the start date, so 每两周 keeps its rhythm whatever range is asked.
      const anchor = dayNumberOf(startDate) - ((weekdayOf(startDate) + 6) % 7);
      for (let d = first; d <= last; d++) {
        const iso = ((weekdayOf(dateOfDayNumber(d)) + 6) % 7) + 1;
        const week = Math.floor((d - anchor) / 7);
        if (schedule.weekdays.includes(iso) && week % schedule.everyWeeks === 0) out.push(dateOfDayNumber(d));
      }
      break;
    }
    case 'monthly':
    case 'yearly': {
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
        const months = schedule.kind === 'monthly' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [schedule.month];
        for (const m of months) {
          const date = clampedDate(y, m, schedule.day);
          if (date >= from && date <= to) out.push(date);
        }
      }
      break;
    }
    case 'term':
      for (const t of terms) {
        const date = addDays(schedule.anchor === 'start' ? t.startDate : t.endDate, schedule.offsetDays);
        if (date >= from && date <= to) out.push(date);
      }
      out.sort();
      break;
  }
  return out;
}

/** Applies the holiday policy to one nominal date. */
export function adjustForDaysOff(date: string, policy: HolidayPolicy, days: DayFacts): PlannedDate {
  if (policy === 'ignore' || days.isWorkingDay(date)) return { nominalDate: date, dueDate: date, note: null };
  const why = `${monthDay(date)} ${days.offReason(date)}`;
  if (policy === 'skip') return { nominalDate: date, dueDate: null, note: `${why} → 跳过` };
  const step = policy === 'next' ? 1 : -1;
  for (let i = 1; i <= MAX_SHIFT_DAYS; i++) {
    const candidate = addDays(date, i * step);
    if (days.isWorkingDay(candidate)) {
      return { nominalDate: date, dueDate: candidate, note: `${why} → ${policy === 'next' ? '顺延至' : '提前至'}${monthDay(candidate)}` };
    }
  }
  return { nominalDate: date, dueDate: null, note: `${why} → 前后 ${MAX_SHIFT_DAYS} 天内没有工作日，跳过` };
}

/**
 * The plan's dates whose due date falls in [from, to] (skipped ones are listed by their nominal
 * date, so a preview can say why). Dates before the plan's start or after its end never appear,
 * and two nominal dates moved onto the same working day count once.
 *
 * "N days after the last completion" has only one real next date; the rest of the series assumes
 * each job is done on its due date, which is what a preview should show.
 */
export function plannedDates(
  plan: PlanTiming, days: DayFacts, terms: readonly TermDates[], from: string, to: string, lastCompletion: string | null = null,
): PlannedDate[] {
  const lo = from > plan.startDate ? from : plan.startDate;
  const hi = plan.endDate !== null && plan.endDate < to ? plan.endDate : to;
  if (lo > hi) return [];
  const inPlan = (d: string) => d >= plan.startDate && (plan.endDate === null || d <= plan.endDate);
  const out: PlannedDate[] = [];
  const seen = new Set<string>();
  const keep = (p: PlannedDate): void => {
    const key = p.dueDate ?? p.nominalDate;
    if (key < lo || key > hi || seen.has(`${p.dueDate === null}:${key}`)) return;
    seen.add(`${p.dueDate === null}:${key}`);
    out.push(p);
  };

  if (plan.schedule.kind === 'after_completion') {
    const interval = plan.schedule.days;
    // Skipping would leave the series without a next date; a day off moves the job to the next working day instead.
    const policy: HolidayPolicy = plan.holidayPolicy === 'skip' ? 'next' : plan.holidayPolicy;
    let nominal = lastCompletion ? addDays(lastCompletion, interval) : plan.startDate;
    if (nominal < plan.startDate) nominal = plan.startDate;
    for (let guard = 0; guard < 400 && nominal <= addDays(hi, SHIFT_MARGIN); guard++) {
      if (!inPlan(nominal)) break;
      const p = adjustForDaysOff(nominal, policy, days);
      keep(p);
      nominal = addDays(p.dueDate ?? nominal, interval);
    }
    return out;
  }

  const wideFrom = addDays(lo, -SHIFT_MARGIN);
  const wideTo = addDays(hi, SHIFT_MARGIN);
  for (const nominal of nominalDates(plan.schedule, wideFrom, wideTo, plan.startDate, terms)) {
    if (!inPlan(nominal)) continue;
    keep(adjustForDaysOff(nominal, plan.holidayPolicy, days));
  }
  return out.sort((a, b) => (a.dueDate ?? a.nominalDate).localeCompare(b.dueDate ?? b.nominalDate));
}

/** A sentence for lists: 每周一、周四 / 每月31日（小月取最后一天）/ 每学期开学前3天 … */
export function describeSchedule(s: Schedule): string {
  const wd = ['', '一', '二', '三', '四', '五', '六', '日'];
  switch (s.kind) {
    case 'daily': return '每天';
    case 'weekly': return `${s.everyWeeks > 1 ? `每${s.everyWeeks}周的` : '每'}${s.weekdays.slice().sort().map((d) => `周${wd[d]}`).join('、')}`;
    case 'monthly': return s.day >= 29 ? `每月${s.day}日（小月取最后一天）` : `每月${s.day}日`;
    case 'term': {
      const at = s.anchor === 'start' ? '开学' : '学期结束';
      if (s.offsetDays === 0) return `每学期${at}当天`;
      return `每学期${at}${s.offsetDays < 0 ? '前' : '后'}${Math.abs(s.offsetDays)}天`;
    }
    case 'yearly': return `每年${s.month}月${s.day}日`;
    case 'after_completion': return `上次完成后${s.days}天`;
  }
}
