import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PUBLISHED_HOLIDAYS, holidayDays } from '../../modules/calendar/calendar.seed.js';
import { DEFAULT_WORK_HOURS } from '../../modules/calendar/work-hours.js';
import { WorkingCalendar } from './working-calendar.js';

// The State Council's real 2026 schedule: 国庆 10-01..07 off, 09-20 (Sun) and 10-10 (Sat) worked.
const days2026 = PUBLISHED_HOLIDAYS.filter((f) => f.year === 2026).flatMap(holidayDays);
const terms = [
  { id: 7, name: '2026-2027学年第一学期', startDate: '2026-09-01', endDate: '2027-01-22', week1Start: '2026-08-31' },
  { id: 8, name: '2026-2027学年第二学期', startDate: '2027-03-01', endDate: '2027-07-09', week1Start: '2027-03-01' },
];
const cal = new WorkingCalendar({ timezone: 'Asia/Shanghai', workHours: DEFAULT_WORK_HOURS, days: days2026, terms });

/** Beijing wall-clock time → instant. */
const bj = (local: string): Date => new Date(`${local}+08:00`);
const iso = (d: Date): string => d.toISOString();

describe('WorkingCalendar: kinds of day (2026)', () => {
  it('knows 国庆, its make-up Sunday and Saturday, 春节 and plain weekends', () => {
    assert.equal(cal.dayKind('2026-10-01'), 'holiday');
    assert.equal(cal.dayKind('2026-10-07'), 'holiday');
    assert.equal(cal.dayName('2026-10-03'), '国庆节');
    assert.equal(cal.dayKind('2026-10-08'), 'workday');
    assert.equal(cal.dayKind('2026-09-20'), 'makeup');
    assert.equal(cal.dayName('2026-09-20'), '国庆节调休上班');
    assert.equal(cal.dayKind('2026-10-10'), 'makeup');
    assert.equal(cal.dayKind('2026-10-11'), 'weekend');
    assert.equal(cal.dayKind('2026-02-17'), 'holiday');
    assert.equal(cal.dayKind('2026-02-14'), 'makeup');
    assert.equal(cal.dayKind('2026-11-21'), 'weekend');
    assert.equal(cal.dayKind('2026-11-23'), 'workday');
    assert.equal(cal.dayName('2026-11-23'), null);
  });

  it('gives a make-up weekend day the Monday hours and a holiday none', () => {
    assert.deepEqual(cal.periodsOn('2026-10-10'), [['08:00', '12:00'], ['13:30', '17:30']]);
    assert.deepEqual(cal.periodsOn('2026-10-02'), []);
    assert.deepEqual(cal.periodsOn('2026-10-11'), []);
  });

  it('rejects malformed dates', () => {
    assert.throws(() => cal.dayKind('2026-02-30'), RangeError);
    assert.throws(() => cal.dayKind('20261001'), RangeError);
  });
});

describe('WorkingCalendar: working moments', () => {
  it('counts a period start as working and its end as not', () => {
    assert.equal(cal.isWorkingMoment(bj('2026-11-23T08:00:00')), true);
    assert.equal(cal.isWorkingMoment(bj('2026-11-23T07:59:59')), false);
    assert.equal(cal.isWorkingMoment(bj('2026-11-23T11:59:00')), true);
    assert.equal(cal.isWorkingMoment(bj('2026-11-23T12:00:00')), false);
    assert.equal(cal.isWorkingMoment(bj('2026-11-23T13:30:00')), true);
    assert.equal(cal.isWorkingMoment(bj('2026-11-23T17:30:00')), false);
  });

  it('is closed on 国庆 and open on the make-up Sunday', () => {
    assert.equal(cal.isWorkingMoment(bj('2026-10-05T10:00:00')), false);
    assert.equal(cal.isWorkingMoment(bj('2026-09-20T10:00:00')), true);
    assert.equal(cal.isWorkingMoment(bj('2026-11-22T10:00:00')), false);
  });

  it('finds the next working moment', () => {
    assert.equal(iso(cal.nextWorkingMoment(bj('2026-11-23T12:10:00'))), iso(bj('2026-11-23T13:30:00')));
    assert.equal(iso(cal.nextWorkingMoment(bj('2026-11-23T09:15:00'))), iso(bj('2026-11-23T09:15:00')));
    assert.equal(iso(cal.nextWorkingMoment(bj('2026-09-30T18:00:00'))), iso(bj('2026-10-08T08:00:00')));
  });
});

describe('WorkingCalendar: adding working minutes', () => {
  it('takes a Friday 16:30 request + 4 working hours to Monday 11:00', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-20T16:30:00'), 240)), iso(bj('2026-11-23T11:00:00')));
  });

  it('works on the make-up Sunday before 国庆', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-09-18T16:30:00'), 240)), iso(bj('2026-09-20T11:00:00')));
  });

  it('skips the whole 国庆 holiday', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-09-30T16:30:00'), 240)), iso(bj('2026-10-08T11:00:00')));
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-10-09T17:00:00'), 60)), iso(bj('2026-10-10T08:30:00')));
  });

  it('skips 春节 and uses its make-up Saturday', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-02-13T16:30:00'), 240)), iso(bj('2026-02-14T11:00:00')));
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-02-14T16:30:00'), 240)), iso(bj('2026-02-24T11:00:00')));
  });

  it('skips the lunch break', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-23T11:45:00'), 30)), iso(bj('2026-11-23T13:45:00')));
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-23T12:30:00'), 10)), iso(bj('2026-11-23T13:40:00')));
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-23T12:00:00'), 1)), iso(bj('2026-11-23T13:31:00')));
  });

  it('ends exactly at a period end rather than at the next start', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-23T08:00:00'), 240)), iso(bj('2026-11-23T12:00:00')));
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-20T16:30:00'), 60)), iso(bj('2026-11-20T17:30:00')));
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-23T08:00:00'), 480)), iso(bj('2026-11-23T17:30:00')));
  });

  it('starts counting at the next period when asked outside working hours', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-23T17:30:00'), 1)), iso(bj('2026-11-24T08:01:00')));
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-21T10:00:00'), 30)), iso(bj('2026-11-23T08:30:00')));
  });

  it('keeps seconds of the start', () => {
    assert.equal(iso(cal.addWorkingMinutes(bj('2026-11-23T09:00:30'), 1)), iso(bj('2026-11-23T09:01:30')));
  });

  it('rejects zero, negative and non-numeric amounts', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => cal.addWorkingMinutes(bj('2026-11-23T09:00:00'), bad), RangeError);
    }
  });
});

describe('WorkingCalendar: adding working days', () => {
  it('keeps the wall-clock time across 国庆 and onto the make-up Saturday', () => {
    assert.equal(iso(cal.addWorkingDays(bj('2026-09-30T10:00:00'), 1)), iso(bj('2026-10-08T10:00:00')));
    assert.equal(iso(cal.addWorkingDays(bj('2026-09-30T10:00:00'), 3)), iso(bj('2026-10-10T10:00:00')));
  });

  it('moves an out-of-hours result to the next working moment', () => {
    assert.equal(iso(cal.addWorkingDays(bj('2026-11-20T20:00:00'), 1)), iso(bj('2026-11-24T08:00:00')));
    assert.equal(iso(cal.addWorkingDays(bj('2026-11-23T12:30:00'), 1)), iso(bj('2026-11-24T13:30:00')));
  });

  it('rejects zero, negative and fractional day counts', () => {
    for (const bad of [0, -1, 1.5]) assert.throws(() => cal.addWorkingDays(bj('2026-11-23T09:00:00'), bad), RangeError);
  });
});

describe('WorkingCalendar: working minutes between instants', () => {
  it('counts a full day, a weekend span and 国庆', () => {
    assert.equal(cal.workingMinutesBetween(bj('2026-11-23T08:00:00'), bj('2026-11-23T17:30:00')), 480);
    assert.equal(cal.workingMinutesBetween(bj('2026-11-20T16:30:00'), bj('2026-11-23T11:00:00')), 240);
    assert.equal(cal.workingMinutesBetween(bj('2026-09-30T16:30:00'), bj('2026-10-08T11:00:00')), 240);
    assert.equal(cal.workingMinutesBetween(bj('2026-10-01T00:00:00'), bj('2026-10-08T00:00:00')), 0);
    assert.equal(cal.workingMinutesBetween(bj('2026-11-23T08:00:00'), bj('2026-11-23T08:00:30')), 0.5);
  });

  it('answers 0 when the end is not after the start', () => {
    assert.equal(cal.workingMinutesBetween(bj('2026-11-23T10:00:00'), bj('2026-11-23T09:00:00')), 0);
    assert.equal(cal.workingMinutesBetween(bj('2026-11-23T10:00:00'), bj('2026-11-23T10:00:00')), 0);
  });

  it('is the exact inverse of addWorkingMinutes over a year of starts', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const origin = bj('2026-01-01T00:00:00').getTime();
    for (let i = 0; i < 500; i++) {
      const start = new Date(origin + Math.floor(random() * 365 * 1440) * 60000);
      const minutes = 1 + Math.floor(random() * 5000);
      const end = cal.addWorkingMinutes(start, minutes);
      assert.equal(cal.workingMinutesBetween(start, end), minutes, `${iso(start)} + ${minutes}`);
      assert.ok(cal.isWorkingMoment(new Date(end.getTime() - 1)), `${iso(end)} closes working time`);
    }
  });
});

describe('WorkingCalendar: teaching weeks', () => {
  it('numbers weeks from week1Start and answers null outside terms', () => {
    assert.deepEqual(cal.teachingWeek('2026-09-01'), { termId: 7, termName: '2026-2027学年第一学期', week: 1 });
    assert.equal(cal.teachingWeek('2026-09-06')?.week, 1);
    assert.equal(cal.teachingWeek('2026-09-07')?.week, 2);
    assert.equal(cal.teachingWeek('2026-10-01')?.week, 5);
    assert.equal(cal.teachingWeek('2027-01-22')?.week, 21);
    assert.equal(cal.teachingWeek('2027-03-01')?.termId, 8);
    assert.equal(cal.teachingWeek('2026-08-31'), null);
    assert.equal(cal.teachingWeek('2027-02-01'), null);
  });
});

describe('WorkingCalendar: construction and zones', () => {
  it('refuses overlapping or empty work hours', () => {
    const overlapping = { ...DEFAULT_WORK_HOURS, '1': [['08:00', '12:00'], ['11:00', '17:00']] as [string, string][] };
    assert.throws(() => new WorkingCalendar({ timezone: 'Asia/Shanghai', workHours: overlapping, days: [], terms: [] }), /重叠/);
    const none = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, [] as [string, string][]]));
    assert.throws(() => new WorkingCalendar({ timezone: 'Asia/Shanghai', workHours: none, days: [], terms: [] }), /至少/);
  });

  it('reads hours on the local wall clock of a zone that changes offset', () => {
    const berlin = new WorkingCalendar({ timezone: 'Europe/Berlin', workHours: DEFAULT_WORK_HOURS, days: [], terms: [] });
    // Summer time starts on Sunday 2026-03-29: Monday 11:00 local is 09:00 UTC, Friday 16:30 was 15:30 UTC.
    const end = berlin.addWorkingMinutes(new Date('2026-03-27T15:30:00Z'), 240);
    assert.equal(iso(end), '2026-03-30T09:00:00.000Z');
    assert.equal(berlin.workingMinutesBetween(new Date('2026-03-27T15:30:00Z'), end), 240);
  });
});
