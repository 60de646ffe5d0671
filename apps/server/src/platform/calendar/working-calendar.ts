import { dayNumberOf, weekdayOfDayNumber as weekdayOf } from './dates.js';
import { fromWallMs, localDate, toWallMs } from './time-zone.js';
import { type WorkHours, minutePeriods, workHoursProblems } from './work-periods.js';

/** How a local date counts: a regular working day, a weekend, a public holiday, or a make-up working day (调休上班). */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

/** A dated exception to the weekly hours, as stored in calendar_days. */
export interface CalendarDayEntry { date: string; kind: 'holiday' | 'workday'; name: string }

export interface TermSpan { id: number; name: string; startDate: string; endDate: string; week1Start: string }

export interface WorkingCalendarInput {
  timezone: string;
  workHours: WorkHours;
  days: readonly CalendarDayEntry[];
  terms: readonly TermSpan[];
}

export interface TeachingWeek { termId: number; termName: string; week: number }

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Weekday whose hours a make-up day uses when its own weekday has none (调休 follows a normal Monday). */
const MAKEUP_WEEKDAY = 1;
/** A stretch this long without any working time means the calendar is unusable, not that we should keep looking. */
const MAX_DAYS_WITHOUT_WORK = 800;

/**
 * A school's working time: weekly hours, public holidays, make-up days and terms, with no database.
 * All arithmetic steps one working period or one day at a time, so a deadline weeks away costs a
 * few dozen steps. Minutes are counted on the wall clock; the zones we serve do not change offset
 * inside working hours.
 */
export class WorkingCalendar {
  readonly timezone: string;
  private readonly weekly: [number, number][][];
  private readonly exceptions = new Map<number, CalendarDayEntry>();
  private readonly terms: (TermSpan & { first: number; last: number; week1: number })[];
  private readonly periodCache = new Map<number, [number, number][]>();

  constructor(input: WorkingCalendarInput) {
    const problem = workHoursProblems(input.workHours)[0];
    if (problem) throw new RangeError(problem.message);
    this.timezone = input.timezone;
    this.weekly = [0, 1, 2, 3, 4, 5, 6].map((d) => minutePeriods(input.workHours[String(d)]));
    for (const entry of input.days) this.exceptions.set(dayNumberOf(entry.date), entry);
    this.terms = input.terms
      .map((t) => ({ ...t, first: dayNumberOf(t.startDate), last: dayNumberOf(t.endDate), week1: dayNumberOf(t.week1Start) }))
      .sort((a, b) => a.first - b.first);
  }

  /** How the local date counts. A make-up entry on a day that already has hours is just a workday. */
  dayKind(date: string): DayKind {
    return this.kindOfDay(dayNumberOf(date));
  }

  /** The holiday or make-up name of a local date ("国庆节", "国庆节调休上班"), or null. */
  dayName(date: string): string | null {
    return this.exceptions.get(dayNumberOf(date))?.name ?? null;
  }

  /** The local date (YYYY-MM-DD) of an instant in the school's zone. */
  localDateOf(instant: Date): string {
    return localDate(instant, this.timezone);
  }

  /** True inside a working period: its start counts, its end does not. */
  isWorkingMoment(instant: Date): boolean {
    const wall = toWallMs(instant, this.timezone);
    const day = Math.floor(wall / DAY_MS);
    const minute = (wall - day * DAY_MS) / MINUTE_MS;
    return this.periodsOfDay(day).some(([start, end]) => start <= minute && minute < end);
  }

  /** The instant itself when working, otherwise the start of the next working period. */
  nextWorkingMoment(instant: Date): Date {
    return fromWallMs(this.nextWorkingWall(toWallMs(instant, this.timezone)), this.timezone);
  }

  /**
   * The instant after `minutes` of working time counted from `start`. Ending exactly at a period's
   * end gives that end (16:30 Friday + 60 → 17:30 Friday), not the next morning.
   */
  addWorkingMinutes(start: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError('工作分钟数必须大于 0');
    const wall = toWallMs(start, this.timezone);
    let remaining = Math.round(minutes * MINUTE_MS);
    let dry = 0;
    for (let day = Math.floor(wall / DAY_MS); ; day++) {
      const periods = this.periodsOfDay(day);
      dry = periods.length ? 0 : this.guardDry(dry);
      for (const [s, e] of periods) {
        const periodEnd = day * DAY_MS + e * MINUTE_MS;
        if (periodEnd <= wall) continue;
        const from = Math.max(day * DAY_MS + s * MINUTE_MS, wall);
        if (remaining <= periodEnd - from) return fromWallMs(from + remaining, this.timezone);
        remaining -= periodEnd - from;
      }
    }
  }

  /**
   * The same wall-clock time `days` working days after the start's local date, moved on to the
   * next working moment when that time is outside working hours (so Friday 20:00 + 1 → Tuesday 08:00,
   * as if the request had arrived on Monday morning).
   */
  addWorkingDays(start: Date, days: number): Date {
    if (!Number.isInteger(days) || days <= 0) throw new RangeError('工作日数必须是大于 0 的整数');
    const wall = toWallMs(start, this.timezone);
    let day = Math.floor(wall / DAY_MS);
    const timeOfDay = wall - day * DAY_MS;
    let dry = 0;
    for (let counted = 0; counted < days;) {
      day++;
      if (this.periodsOfDay(day).length) {
        counted++;
        dry = 0;
      } else {
        dry = this.guardDry(dry);
      }
    }
    return fromWallMs(this.nextWorkingWall(day * DAY_MS + timeOfDay), this.timezone);
  }

  /** Working minutes in [a, b) (fractions when the instants have seconds); 0 when b is not after a. */
  workingMinutesBetween(a: Date, b: Date): number {
    const from = toWallMs(a, this.timezone);
    const to = toWallMs(b, this.timezone);
    if (to <= from) return 0;
    let total = 0;
    for (let day = Math.floor(from / DAY_MS); day * DAY_MS < to; day++) {
      for (const [s, e] of this.periodsOfDay(day)) {
        const overlap = Math.min(day * DAY_MS + e * MINUTE_MS, to) - Math.max(day * DAY_MS + s * MINUTE_MS, from);
        if (overlap > 0) total += overlap;
      }
    }
    return total / MINUTE_MS;
  }

  /** Term and teaching week of a local date (week 1 starts on the term's week1Start); null outside every term. */
  teachingWeek(date: string): TeachingWeek | null {
    const day = dayNumberOf(date);
    const term = this.terms.find((t) => t.first <= day && day <= t.last);
    if (!term) return null;
    return { termId: term.id, termName: term.name, week: Math.floor((day - term.week1) / 7) + 1 };
  }

  /** The working periods of a local date as "HH:mm" pairs (empty on rest days). */
  periodsOn(date: string): [string, string][] {
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return this.periodsOfDay(dayNumberOf(date)).map(([s, e]) => [clock(s), clock(e)]);
  }

  private kindOfDay(day: number): DayKind {
    const entry = this.exceptions.get(day);
    const regular = (this.weekly[weekdayOf(day)] ?? []).length > 0;
    if (entry?.kind === 'holiday') return 'holiday';
    if (entry?.kind === 'workday' && !regular) return 'makeup';
    return regular ? 'workday' : 'weekend';
  }

  private periodsOfDay(day: number): [number, number][] {
    let periods = this.periodCache.get(day);
    if (!periods) {
      const kind = this.kindOfDay(day);
      periods = kind === 'holiday' || kind === 'weekend' ? []
        : kind === 'makeup' ? this.weekly[MAKEUP_WEEKDAY] ?? []
        : this.weekly[weekdayOf(day)] ?? [];
      // Some weekly tables leave Monday empty; a make-up day then borrows the first weekday that works.
      if (kind === 'makeup' && periods.length === 0) periods = this.weekly.find((p) => p.length > 0) ?? [];
      this.periodCache.set(day, periods);
    }
    return periods;
  }

  private nextWorkingWall(wall: number): number {
    let dry = 0;
    for (let day = Math.floor(wall / DAY_MS); ; day++) {
      const periods = this.periodsOfDay(day);
      dry = periods.length ? 0 : this.guardDry(dry);
      for (const [s, e] of periods) {
        if (day * DAY_MS + e * MINUTE_MS > wall) return Math.max(day * DAY_MS + s * MINUTE_MS, wall);
      }
    }
  }

  private guardDry(dry: number): number {
    if (dry >= MAX_DAYS_WITHOUT_WORK) throw new RangeError('校历中连续两年多没有任何工作时间，请检查节假日和作息时间设置');
    return dry + 1;
  }
}
