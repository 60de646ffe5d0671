import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

interface DayDto { id: number; date: string; kind: string; kindLabel: string; name: string }
const fieldOf = (body: unknown) => ((body as { fields?: { field: string }[] }).fields ?? [])[0]?.field;
const at = (local: string) => encodeURIComponent(`${local}+08:00`);

/** The State Council schedule for 2027 as an administrator would type it (not yet published when written). */
const schedule2027 = {
  year: 2027,
  holidays: [
    { name: '元旦', off: ['2027-01-01', '2027-01-03'], workdays: [] },
    { name: '春节', off: ['2027-02-06', '2027-02-14'], workdays: ['2027-02-20'] },
  ],
};

describe('校历: days off, make-up days and working-time questions', () => {
  let w: TwoSchools;
  before(async () => { w = await startWithTwoSchools(); });
  after(async () => { await w.ts.close(); });

  it('adds working time across 国庆 for any reader of the school', async () => {
    assert.equal((await w.ts.client().post('/api/v1/calendar/add-working-time', { start: '2026-09-30T16:30:00+08:00', minutes: 240 })).status, 401);
    const teacher = await w.ts.as('teacher');
    const hours = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30T16:30:00+08:00', minutes: 240 });
    assert.equal(hours.status, 200, JSON.stringify(hours.body));
    assert.deepEqual(hours.body, { start: '2026-09-30T08:30:00.000Z', end: '2026-10-08T03:00:00.000Z', endLocal: '2026-10-08 11:00' });
    const days = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30T10:00:00+08:00', days: 3 });
    assert.equal(days.body.endLocal, '2026-10-10 10:00', 'the make-up Saturday counts as a working day');
    const inspector = await w.ts.as('inspector');
    const forB = await inspector.post('/api/v1/calendar/add-working-time', { start: '2026-11-20T16:30:00+08:00', minutes: 240, schoolId: w.schoolB });
    assert.equal(forB.body.endLocal, '2026-11-23 11:00');
  });

  it('rejects ambiguous or impossible working-time questions', async () => {
    const teacher = await w.ts.as('teacher');
    const both = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30T16:30:00+08:00', minutes: 60, days: 1 });
    assert.equal(both.status, 400);
    assert.equal(fieldOf(both.body), 'minutes');
    const neither = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30T16:30:00+08:00' });
    assert.equal(neither.status, 400);
    const zero = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30T16:30:00+08:00', minutes: 0 });
    assert.equal(zero.status, 400);
    assert.equal(fieldOf(zero.body), 'minutes');
    const negative = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30T16:30:00+08:00', days: -1 });
    assert.equal(fieldOf(negative.body), 'days');
    const noZone = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30 16:30', minutes: 60 });
    assert.equal(fieldOf(noZone.body), 'start');
    const otherSchool = await teacher.post('/api/v1/calendar/add-working-time', { start: '2026-09-30T16:30:00+08:00', minutes: 60, schoolId: w.schoolB });
    assert.equal(otherSchool.status, 404);
  });

  it('describes a moment: holiday, make-up day, lunch break', async () => {
    const teacher = await w.ts.as('teacher');
    const national = await teacher.get(`/api/v1/calendar/query?at=${at('2026-10-01T10:00:00')}`);
    assert.equal(national.status, 200);
    assert.deepEqual(
      [national.body.localDate, national.body.dayKind, national.body.dayKindLabel, national.body.dayName, national.body.isWorking, national.body.nextWorkingAt],
      ['2026-10-01', 'holiday', '节假日', '国庆节', false, '2026-10-08T00:00:00.000Z'],
    );
    const makeup = await teacher.get(`/api/v1/calendar/query?at=${at('2026-09-20T10:00:00')}`);
    assert.deepEqual([makeup.body.dayKind, makeup.body.dayName, makeup.body.isWorking], ['makeup', '国庆节调休上班', true]);
    const lunch = await teacher.get(`/api/v1/calendar/query?at=${at('2026-11-23T12:00:00')}`);
    assert.deepEqual([lunch.body.isWorking, lunch.body.localDateTime, lunch.body.nextWorkingAt], [false, '2026-11-23 12:00', '2026-11-23T05:30:00.000Z']);
    assert.equal((await teacher.get('/api/v1/calendar/query?at=tomorrow')).status, 400);
    assert.equal((await teacher.get('/api/v1/calendar/query')).status, 200, 'defaults to now');
  });

  it("sets, renames and clears one school's day off, audited", async () => {
    const admin = await w.ts.as('sysadmin');
    const set = await admin.post<DayDto>('/api/v1/calendar/days', { date: '2026-11-27', kind: 'holiday', name: '校运会' });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual({ ...set.body, id: 0 }, { id: 0, date: '2026-11-27', kind: 'holiday', kindLabel: '放假', name: '校运会' });
    const renamed = await admin.post<DayDto>('/api/v1/calendar/days', { date: '2026-11-27', kind: 'holiday', name: '秋季运动会' });
    assert.equal(renamed.body.id, set.body.id, 'the same date is updated, not duplicated');
    const friday = await admin.post('/api/v1/calendar/add-working-time', { start: '2026-11-26T17:00:00+08:00', minutes: 60 });
    assert.equal(friday.body.endLocal, '2026-11-30 08:30', 'the sports day is skipped');
    const inB = await (await w.ts.as('b-sysadmin')).post('/api/v1/calendar/add-working-time', { start: '2026-11-26T17:00:00+08:00', minutes: 60 });
    assert.equal(inB.body.endLocal, '2026-11-27 08:30', "school B's calendar is its own");

    const makeup = await admin.post<DayDto>('/api/v1/calendar/days', { date: '2026-11-28', kind: 'workday', name: '运动会补班' });
    assert.equal(makeup.status, 200);
    const saturday = await admin.get(`/api/v1/calendar/query?at=${at('2026-11-28T09:00:00')}`);
    assert.deepEqual([saturday.body.dayKind, saturday.body.isWorking], ['makeup', true]);
    const weekday = await admin.post('/api/v1/calendar/days', { date: '2026-11-25', kind: 'workday', name: '补班' });
    assert.equal(weekday.status, 400);
    assert.equal(fieldOf(weekday.body), 'date');
    assert.match(String(weekday.body.message), /周三.*本来就是工作日/);
    const badKind = await admin.post('/api/v1/calendar/days', { date: '2026-11-25', kind: 'vacation', name: '假' });
    assert.equal(fieldOf(badKind.body), 'kind');

    assert.equal((await (await w.ts.as('b-sysadmin')).delete(`/api/v1/calendar/days/${set.body.id}`)).status, 404);
    assert.equal((await (await w.ts.as('teacher')).delete(`/api/v1/calendar/days/${set.body.id}`)).status, 403);
    assert.equal((await admin.delete(`/api/v1/calendar/days/${set.body.id}`)).status, 200);
    assert.equal((await admin.delete(`/api/v1/calendar/days/${set.body.id}`)).status, 404);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select('action')
      .where('entity', '=', 'calendar_day').where('entity_id', '=', String(set.body.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'update', 'delete']);
  });

  it("enters 2027's State Council schedule, replacing that year's entries in one go", async () => {
    const admin = await w.ts.as('sysadmin');
    await admin.post('/api/v1/calendar/days', { date: '2027-05-04', kind: 'holiday', name: '旧的设置' });
    const res = await admin.post<{ year: number; days: DayDto[] }>('/api/v1/calendar/days/bulk', schedule2027);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.days.length, 3 + 9 + 1);
    const makeup = res.body.days.find((d) => d.date === '2027-02-20');
    assert.deepEqual([makeup?.kind, makeup?.name], ['workday', '春节调休上班']);
    const listed = await admin.get<{ days: DayDto[] }>('/api/v1/calendar?year=2027');
    assert.deepEqual(listed.body.days.map((d) => d.date), res.body.days.map((d) => d.date), 'the old 2027 entry is gone');
    assert.ok((await admin.get<{ days: DayDto[] }>('/api/v1/calendar?year=2026')).body.days.some((d) => d.date === '2026-10-01'), '2026 is untouched');
    const after = await admin.post('/api/v1/calendar/add-working-time', { start: '2027-02-05T16:30:00+08:00', minutes: 240 });
    assert.equal(after.body.endLocal, '2027-02-15 11:00', '春节 2027 is skipped');
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['action', 'before'])
      .where('entity', '=', 'calendar').where('entity_id', '=', '2027').execute();
    assert.equal(audit[0]?.action, 'import');
    assert.match(String(audit[0]?.before), /旧的设置/);
  });

  it('rejects a malformed schedule and writes nothing', async () => {
    const admin = await w.ts.as('sysadmin');
    const count = async () => (await admin.get<{ days: DayDto[] }>('/api/v1/calendar?year=2027')).body.days.length;
    const before = await count();
    const reversed = await admin.post('/api/v1/calendar/days/bulk', { year: 2027, holidays: [{ name: '元旦', off: ['2027-01-03', '2027-01-01'], workdays: [] }] });
    assert.equal(reversed.status, 400);
    assert.equal(fieldOf(reversed.body), 'holidays.0.off');
    const weekdayMakeup = await admin.post('/api/v1/calendar/days/bulk', {
      year: 2027, holidays: [{ name: '元旦', off: ['2027-01-01', '2027-01-03'], workdays: [] }, { name: '春节', off: ['2027-02-06', '2027-02-14'], workdays: ['2027-02-16'] }],
    });
    assert.equal(fieldOf(weekdayMakeup.body), 'holidays.1.workdays.0');
    const twice = await admin.post('/api/v1/calendar/days/bulk', {
      year: 2027, holidays: [{ name: '元旦', off: ['2027-01-01', '2027-01-03'], workdays: [] }, { name: '又一个', off: ['2027-01-03', '2027-01-04'], workdays: [] }],
    });
    assert.equal(twice.status, 400);
    assert.match(String(twice.body.message), /元旦/);
    const wrongYear = await admin.post('/api/v1/calendar/days/bulk', { year: 2027, holidays: [{ name: '国庆节', off: ['2028-10-01', '2028-10-07'], workdays: [] }] });
    assert.equal(fieldOf(wrongYear.body), 'holidays.0.off');
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.post('/api/v1/calendar/days/bulk', schedule2027)).status, 403);
    assert.equal(await count(), before);
  });
});
