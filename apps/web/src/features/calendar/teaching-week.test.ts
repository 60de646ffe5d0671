import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mondayOf, plansFromDays, teachingWeekOn } from './teaching-week';

const years = [{
  id: 1, name: '2025-2026学年', startDate: '2025-09-01', endDate: '2026-08-31', version: 1,
  terms: [{ id: 2, schoolYearId: 1, name: '第二学期', startDate: '2026-03-02', endDate: '2026-07-10', week1Start: '2026-03-02', version: 1 }],
}];

test('monday of a sunday is the monday before', () => {
  assert.equal(mondayOf('2026-03-08'), '2026-03-02');
  assert.equal(mondayOf('2026-03-09'), '2026-03-09');
});

test('teaching week counts from week1Start and is null outside terms', () => {
  assert.equal(teachingWeekOn(years, '2026-03-02'), 1);
  assert.equal(teachingWeekOn(years, '2026-03-15'), 2);
  assert.equal(teachingWeekOn(years, '2026-03-16'), 3);
  assert.equal(teachingWeekOn(years, '2026-08-01'), null);
});

test('groups day entries back into holiday plans', () => {
  const plans = plansFromDays([
    { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
    { date: '2026-10-07', kind: 'holiday', name: '国庆节' },
    { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' },
  ]);
  assert.deepEqual(plans, [{ name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-10-10'] }]);
});
