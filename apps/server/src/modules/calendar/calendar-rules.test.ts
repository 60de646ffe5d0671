import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { teachingWeeksOf } from '../../platform/calendar/teaching-weeks.js';
import { AppError } from '../../platform/http/errors.js';
import { defaultSchoolYear } from './calendar.seed.js';
import { checkHolidaySchedule, checkTermDates } from './calendar.policy.js';
import type { BulkHolidaysBody } from './calendar.schemas.js';
import { DEFAULT_WORK_HOURS, parseWorkHours } from './work-hours.js';

const fieldOfError = (fn: () => void): string | undefined => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof AppError);
    assert.equal(err.status, 400);
    return err.fields?.[0]?.field;
  }
  return undefined;
};

const year = { startDate: '2026-08-01', endDate: '2027-07-31' };

describe('term date rules', () => {
  it('accepts a term inside its year whose week 1 starts on the Monday before it', () => {
    assert.doesNotThrow(() => checkTermDates({ startDate: '2026-09-01', endDate: '2027-01-22', week1Start: '2026-08-31' }, year));
  });

  it('names the field that breaks a rule', () => {
    assert.equal(fieldOfError(() => checkTermDates({ startDate: '2026-09-01', endDate: '2026-08-31', week1Start: '2026-08-31' }, year)), 'endDate');
    assert.equal(fieldOfError(() => checkTermDates({ startDate: '2026-07-27', endDate: '2027-01-22', week1Start: '2026-07-27' }, year)), 'startDate');
    assert.equal(fieldOfError(() => checkTermDates({ startDate: '2026-09-01', endDate: '2027-08-02', week1Start: '2026-08-31' }, year)), 'endDate');
    assert.equal(fieldOfError(() => checkTermDates({ startDate: '2026-09-01', endDate: '2027-01-22', week1Start: '2026-09-01' }, year)), 'week1Start');
    assert.equal(fieldOfError(() => checkTermDates({ startDate: '2026-09-01', endDate: '2027-01-22', week1Start: '2026-09-07' }, year)), 'week1Start');
  });
});

describe('State Council schedule rules', () => {
  it('accepts the real 2026 国庆 schedule with its Sunday and Saturday make-up days', () => {
    assert.doesNotThrow(() => checkHolidaySchedule({
      year: 2026, holidays: [{ name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] }],
    }, DEFAULT_WORK_HOURS));
  });

  it('accepts a 元旦 break that starts in the previous December', () => {
    assert.doesNotThrow(() => checkHolidaySchedule({ year: 2024, holidays: [{ name: '元旦', off: ['2023-12-30', '2024-01-01'], workdays: [] }] }, DEFAULT_WORK_HOURS));
  });

  it('refuses make-up days on weekdays, far-away make-up days and breaks longer than a month', () => {
    const weekday: BulkHolidaysBody = { year: 2026, holidays: [{ name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-10-09'] }] };
    assert.equal(fieldOfError(() => checkHolidaySchedule(weekday, DEFAULT_WORK_HOURS)), 'holidays.0.workdays.0');
    const far: BulkHolidaysBody = { year: 2026, holidays: [{ name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-12-12'] }] };
    assert.equal(fieldOfError(() => checkHolidaySchedule(far, DEFAULT_WORK_HOURS)), 'holidays.0.workdays.0');
    const long: BulkHolidaysBody = { year: 2026, holidays: [{ name: '暑假', off: ['2026-07-01', '2026-08-31'], workdays: [] }] };
    assert.equal(fieldOfError(() => checkHolidaySchedule(long, DEFAULT_WORK_HOURS)), 'holidays.0.off');
  });
});

describe('teaching weeks of a term', () => {
  it('clips the first and last weeks to the term', () => {
    const weeks = teachingWeeksOf({ startDate: '2026-09-01', endDate: '2027-01-22', week1Start: '2026-08-31' });
    assert.deepEqual(weeks[0], { week: 1, start: '2026-09-01', end: '2026-09-06' });
    assert.deepEqual(weeks[1], { week: 2, start: '2026-09-07', end: '2026-09-13' });
    assert.deepEqual(weeks.at(-1), { week: 21, start: '2027-01-18', end: '2027-01-22' });
  });
});

describe('seeded calendar and stored hours', () => {
  it('starts the spring term the Monday after 春节 when the year is published', () => {
    const y = defaultSchoolYear('2025-11-21');
    assert.equal(y.name, '2025-2026学年');
    assert.deepEqual(y.terms.map((t) => [t.startDate, t.week1Start]), [['2025-09-01', '2025-09-01'], ['2026-03-02', '2026-03-02']]);
  });

  it('falls back to the Monday on or after 20 February for an unpublished year', () => {
    const y = defaultSchoolYear('2026-11-21');
    assert.equal(y.terms[1]?.startDate, '2027-02-22');
    assert.equal(y.startDate, '2026-08-01');
  });

  it('reads stored hours and falls back to the default on anything unreadable', () => {
    assert.deepEqual(parseWorkHours(JSON.stringify({ ...DEFAULT_WORK_HOURS, '6': [['09:00', '11:00']] }))['6'], [['09:00', '11:00']]);
    assert.equal(parseWorkHours('not json'), DEFAULT_WORK_HOURS);
    assert.equal(parseWorkHours('{"1":[["12:00","08:00"]]}'), DEFAULT_WORK_HOURS);
    assert.equal(parseWorkHours('{"1":"08:00-12:00"}'), DEFAULT_WORK_HOURS);
  });
});
