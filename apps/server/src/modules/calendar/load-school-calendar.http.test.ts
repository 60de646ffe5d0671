import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

interface DayDto { id: number }

/**
 * The process keeps each school's built calendar while the school's calendar stamp is unchanged
 * (load-school-calendar.ts). Every change must show at once, and two databases served by one
 * process (same school ids) must never share a calendar.
 */
describe('校历 cache: changes show at once', () => {
  let w: TwoSchools;
  let other: TwoSchools;
  before(async () => { w = await startWithTwoSchools(); other = await startWithTwoSchools(); });
  after(async () => { await w.ts.close(); await other.ts.close(); });

  const friday = { start: '2026-11-26T17:00:00+08:00', minutes: 60 };

  it('a day off added, then removed, moves the next deadline both times', async () => {
    const admin = await w.ts.as('sysadmin');
    const before = await admin.post('/api/v1/calendar/add-working-time', friday);
    assert.equal(before.body.endLocal, '2026-11-27 08:30');
    const day = await admin.post<DayDto>('/api/v1/calendar/days', { date: '2026-11-27', kind: 'holiday', name: '校运会' });
    assert.equal(day.status, 200, JSON.stringify(day.body));
    assert.equal((await admin.post('/api/v1/calendar/add-working-time', friday)).body.endLocal, '2026-11-30 08:30', 'the new day off is skipped');
    assert.equal((await admin.delete(`/api/v1/calendar/days/${day.body.id}`)).status, 200);
    assert.equal((await admin.post('/api/v1/calendar/add-working-time', friday)).body.endLocal, '2026-11-27 08:30', 'the removed day off counts again');
  });

  it("another database's school with the same id keeps its own calendar", async () => {
    const admin = await w.ts.as('sysadmin');
    const day = await admin.post<DayDto>('/api/v1/calendar/days', { date: '2026-11-27', kind: 'holiday', name: '校运会' });
    assert.equal(day.status, 200);
    assert.equal(other.schoolA, w.schoolA, 'both databases number their first school alike');
    const elsewhere = await (await other.ts.as('sysadmin')).post('/api/v1/calendar/add-working-time', friday);
    assert.equal(elsewhere.body.endLocal, '2026-11-27 08:30');
    assert.equal((await admin.post('/api/v1/calendar/add-working-time', friday)).body.endLocal, '2026-11-30 08:30');
  });
});
