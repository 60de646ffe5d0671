import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import { PUBLISHED_HOLIDAYS, holidayDays } from '../calendar/calendar.seed.js';
import { DEFAULT_WORK_HOURS } from '../calendar/work-hours.js';
import { dayFactsOf } from './day-facts.js';
import { type PlanTiming, type Schedule, describeSchedule, plannedDates } from './recurrence.js';

// The State Council's 2026 schedule: 国庆 10-01..07 off, 09-20 (Sun) and 10-10 (Sat) worked; 春节 02-15..23 off, 02-14 (Sat) worked.
const days = PUBLISHED_HOLIDAYS.filter((f) => f.year === 2026).flatMap(holidayDays);
const terms = [
  { id: 7, name: '2026-2027学年第一学期', startDate: '2026-09-01', endDate: '2027-01-22', week1Start: '2026-08-31' },
  { id: 8, name: '2026-2027学年第二学期', startDate: '2027-03-01', endDate: '2027-07-09', week1Start: '2027-03-01' },
];
const facts = dayFactsOf(new WorkingCalendar({ timezone: 'Asia/Shanghai', workHours: DEFAULT_WORK_HOURS, days, terms }));

const plan = (schedule: Schedule, holidayPolicy: PlanTiming['holidayPolicy'] = 'next', startDate = '2026-01-01', endDate: string | null = null): PlanTiming =>
  ({ schedule, holidayPolicy, startDate, endDate });
const due = (p: PlanTiming, from: string, to: string, last: string | null = null) =>
  plannedDates(p, facts, terms, from, to, last).map((d) => d.dueDate);

describe('plannedDates: weekly', () => {
  const mondays = plan({ kind: 'weekly', weekdays: [1], everyWeeks: 1 });

  it('moves the 国庆 Monday to the first working day after the holiday and says why', () => {
    const out = plannedDates(mondays, facts, terms, '2026-09-28', '2026-10-12');
    assert.deepEqual(out.map((d) => d.dueDate), ['2026-09-28', '2026-10-08', '2026-10-12']);
    assert.equal(out[1]?.nominalDate, '2026-10-05');
    assert.equal(out[1]?.note, '10月5日 国庆节 → 顺延至10月8日');
  });

  it('skips it under the skip policy, listing the skipped date with the reason', () => {
    const out = plannedDates({ ...mondays, holidayPolicy: 'skip' }, facts, terms, '2026-09-28', '2026-10-12');
    assert.deepEqual(out.map((d) => [d.nominalDate, d.dueDate]), [['2026-09-28', '2026-09-28'], ['2026-10-05', null], ['2026-10-12', '2026-10-12']]);
    assert.equal(out[1]?.note, '10月5日 国庆节 → 跳过');
  });

  it('brings it forward to the last working day before the holiday under the previous policy', () => {
    assert.deepEqual(due({ ...mondays, holidayPolicy: 'previous' }, '2026-09-29', '2026-10-06'), ['2026-09-30']);
  });

  it('keeps it on the holiday under the ignore policy', () => {
    assert.deepEqual(due({ ...mondays, holidayPolicy: 'ignore' }, '2026-10-01', '2026-10-06'), ['2026-10-05']);
  });

  it('counts the 调休 make-up Saturday as a working day and skips an ordinary Saturday', () => {
    const saturdays = plan({ kind: 'weekly', weekdays: [6], everyWeeks: 1 }, 'skip');
    const out = plannedDates(saturdays, facts, terms, '2026-10-09', '2026-10-18');
    assert.deepEqual(out.map((d) => [d.nominalDate, d.dueDate]), [['2026-10-10', '2026-10-10'], ['2026-10-17', null]]);
    assert.equal(out[1]?.note, '10月17日 周六 → 跳过');
  });

  it('keeps the rhythm of 每两周 from the start week', () => {
    assert.deepEqual(due(plan({ kind: 'weekly', weekdays: [3], everyWeeks: 2 }, 'next', '2026-11-02'), '2026-11-01', '2026-11-30'), ['2026-11-04', '2026-11-18']);
  });
});

describe('plannedDates: monthly, yearly, daily', () => {
  it('puts the 31st on the last day of short months', () => {
    assert.deepEqual(due(plan({ kind: 'monthly', day: 31 }, 'ignore'), '2027-01-01', '2027-04-30'), ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
  });

  it('moves a 1st that falls on a weekend to the Monday after', () => {
    // 2026-08-01 is a Saturday.
    assert.deepEqual(due(plan({ kind: 'monthly', day: 1 }), '2026-07-15', '2026-08-15'), ['2026-08-03']);
  });

  it('gives 29 February as the 28th in a common year', () => {
    assert.deepEqual(due(plan({ kind: 'yearly', month: 2, day: 29 }, 'ignore'), '2026-01-01', '2028-12-31'), ['2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('daily with skip gives only working days, and shifting never doubles a day', () => {
    assert.deepEqual(due(plan({ kind: 'daily' }, 'skip'), '2026-10-06', '2026-10-12').filter(Boolean), ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
    assert.deepEqual(due(plan({ kind: 'daily' }, 'next'), '2026-10-06', '2026-10-12'), ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
  });
});

describe('plannedDates: terms, completion, bounds', () => {
  it('anchors on the terms of the school calendar with an offset', () => {
    // 开学前 3 天: 2026-08-29 is a Saturday → the Monday 08-31; 2027-02-26 is a Friday.
    assert.deepEqual(due(plan({ kind: 'term', anchor: 'start', offsetDays: -3 }), '2026-01-01', '2027-12-31'), ['2026-08-31', '2027-02-26']);
    assert.deepEqual(due(plan({ kind: 'term', anchor: 'end', offsetDays: 0 }, 'ignore'), '2026-01-01', '2027-12-31'), ['2027-01-22', '2027-07-09']);
  });

  it('counts N days from the last completion, or starts on the start date', () => {
    const every30 = plan({ kind: 'after_completion', days: 30 }, 'next', '2026-11-02');
    assert.deepEqual(due(every30, '2026-11-01', '2026-11-30'), ['2026-11-02']);
    // Done on 11-05: next on 12-05 (a Saturday) → Monday 12-07, then assumed on time.
    assert.deepEqual(due(every30, '2026-11-01', '2027-01-10', '2026-11-05'), ['2026-12-07', '2027-01-06']);
  });

  it('respects the start and end dates', () => {
    const p = plan({ kind: 'weekly', weekdays: [1], everyWeeks: 1 }, 'next', '2026-11-09', '2026-11-23');
    assert.deepEqual(due(p, '2026-11-01', '2026-12-31'), ['2026-11-09', '2026-11-16', '2026-11-23']);
  });
});

describe('describeSchedule', () => {
  it('reads like a sentence', () => {
    assert.equal(describeSchedule({ kind: 'weekly', weekdays: [4, 1], everyWeeks: 1 }), '每周一、周四');
    assert.equal(describeSchedule({ kind: 'monthly', day: 31 }), '每月31日（小月取最后一天）');
    assert.equal(describeSchedule({ kind: 'term', anchor: 'start', offsetDays: -7 }), '每学期开学前7天');
    assert.equal(describeSchedule({ kind: 'after_completion', days: 90 }), '上次完成后90天');
  });
});
