import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { makeSchool } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

interface TermDto { id: number; name: string; startDate: string; endDate: string; week1Start: string; version: number }
interface YearDto { id: number; name: string; startDate: string; endDate: string; version: number; terms: TermDto[] }
interface DayDto { id: number; date: string; kind: string; name: string }
interface CalendarDto {
  schoolId: number; timezone: string; workHours: Record<string, string[][]>; schoolVersion: number;
  schoolYears: YearDto[]; days: DayDto[]; abilities: { create: boolean; update: boolean; delete: boolean };
}
const fieldOf = (body: unknown) => ((body as { fields?: { field: string }[] }).fields ?? [])[0]?.field;

describe('校历: reading, school years, terms and working hours', () => {
  let w: TwoSchools;
  let otherDistrictSchool: number;
  before(async () => {
    w = await startWithTwoSchools();
    otherDistrictSchool = await makeSchool(w.ts.server.db, '外区小学', 'WQXX', null);
  });
  after(async () => { await w.ts.close(); });

  it('asks for a login', async () => {
    assert.equal((await w.ts.client().get('/api/v1/calendar')).status, 401);
    assert.equal((await w.ts.client().get('/api/v1/calendar/weeks?termId=1')).status, 401);
  });

  it('shows a teacher the seeded school year, the 2026 holidays and the hours, with no edit buttons', async () => {
    const teacher = await w.ts.as('teacher');
    const res = await teacher.get<CalendarDto>('/api/v1/calendar');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const cal = res.body;
    assert.equal(cal.schoolId, w.schoolA);
    assert.equal(cal.timezone, 'Asia/Shanghai');
    assert.deepEqual(cal.workHours['1'], [['08:00', '12:00'], ['13:30', '17:30']]);
    assert.deepEqual(cal.workHours['0'], []);
    assert.ok(cal.schoolVersion >= 1);
    assert.equal(cal.schoolYears.length, 1);
    assert.equal(cal.schoolYears[0]?.terms.length, 2);
    assert.deepEqual(cal.abilities, { create: false, update: false, delete: false });
    const national = cal.days.find((d) => d.date === '2026-10-01');
    assert.deepEqual(national && { kind: national.kind, name: national.name }, { kind: 'holiday', name: '国庆节' });
    assert.equal(cal.days.find((d) => d.date === '2026-09-20')?.kind, 'workday');
    const only2027 = await teacher.get<CalendarDto>('/api/v1/calendar?year=2027');
    assert.ok(only2027.body.days.every((d) => d.date.startsWith('2027-')));
  });

  it('refuses every write to a teacher', async () => {
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.post('/api/v1/calendar/school-years', { name: '2040-2041学年', startDate: '2040-08-01', endDate: '2041-07-31' })).status, 403);
    assert.equal((await teacher.post('/api/v1/calendar/days', { date: '2026-11-27', kind: 'holiday', name: '校运会' })).status, 403);
    const week = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, [['08:00', '17:00']]]));
    assert.equal((await teacher.put('/api/v1/calendar/work-hours', { version: 1, workHours: week })).status, 403);
    assert.equal((await teacher.delete('/api/v1/calendar/terms/1?version=1')).status, 403);
  });

  it('lets the bureau inspector read district schools by ?schoolId, and nothing else', async () => {
    const inspector = await w.ts.as('inspector');
    const missing = await inspector.get('/api/v1/calendar');
    assert.equal(missing.status, 400);
    assert.equal(fieldOf(missing.body), 'schoolId');
    const b = await inspector.get<CalendarDto>(`/api/v1/calendar?schoolId=${w.schoolB}`);
    assert.equal(b.status, 200);
    assert.equal(b.body.schoolId, w.schoolB);
    assert.equal((await inspector.get(`/api/v1/calendar?schoolId=${otherDistrictSchool}`)).status, 404);
    assert.equal((await inspector.post('/api/v1/calendar/days', { date: '2026-11-27', kind: 'holiday', name: '校运会' })).status, 403);
    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.get(`/api/v1/calendar?schoolId=${w.schoolA}`)).status, 404, 'a school account reads only its own school');
  });

  it('creates a school year and refuses bad dates, overlaps and duplicate names', async () => {
    const admin = await w.ts.as('sysadmin');
    const created = await admin.post<YearDto>('/api/v1/calendar/school-years', { name: '2040-2041学年', startDate: '2040-08-01', endDate: '2041-07-31' });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    assert.deepEqual({ ...created.body, id: 0 }, { id: 0, name: '2040-2041学年', startDate: '2040-08-01', endDate: '2041-07-31', version: 1, terms: [] });
    const backwards = await admin.post('/api/v1/calendar/school-years', { name: '倒序学年', startDate: '2042-08-01', endDate: '2042-07-31' });
    assert.equal(backwards.status, 400);
    assert.equal(fieldOf(backwards.body), 'endDate');
    const overlap = await admin.post('/api/v1/calendar/school-years', { name: '重叠学年', startDate: '2041-07-01', endDate: '2042-06-30' });
    assert.equal(overlap.status, 409);
    assert.match(String(overlap.body.message), /2040-2041学年.*重叠/);
    const duplicate = await admin.post('/api/v1/calendar/school-years', { name: '2040-2041学年', startDate: '2050-08-01', endDate: '2051-07-31' });
    assert.equal(duplicate.status, 409);
    const badDate = await admin.post('/api/v1/calendar/school-years', { name: 'X', startDate: '2040-02-30', endDate: '2041-07-31' });
    assert.equal(badDate.status, 400);
    assert.equal(fieldOf(badDate.body), 'startDate');
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select('action')
      .where('entity', '=', 'school_year').where('entity_id', '=', String(created.body.id)).execute();
    assert.deepEqual(audit.map((a) => a.action), ['create']);
  });

  it('manages terms: Monday of week 1 by default, inside the year, no overlaps, stale versions refused', async () => {
    const admin = await w.ts.as('sysadmin');
    const year = (await admin.get<CalendarDto>('/api/v1/calendar?year=2041')).body.schoolYears.find((y) => y.name === '2040-2041学年');
    assert.ok(year);
    const first = await admin.post<TermDto>('/api/v1/calendar/terms', { schoolYearId: year.id, name: '第一学期', startDate: '2040-09-01', endDate: '2041-01-18' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.week1Start, '2040-08-27');

    const overlapping = await admin.post('/api/v1/calendar/terms', { schoolYearId: year.id, name: '第二学期', startDate: '2041-01-11', endDate: '2041-07-06' });
    assert.equal(overlapping.status, 409);
    assert.match(String(overlapping.body.message), /第一学期.*重叠/);
    const outside = await admin.post('/api/v1/calendar/terms', { schoolYearId: year.id, name: '第二学期', startDate: '2041-02-25', endDate: '2041-08-06' });
    assert.equal(outside.status, 400);
    assert.equal(fieldOf(outside.body), 'endDate');
    const notMonday = await admin.post('/api/v1/calendar/terms', { schoolYearId: year.id, name: '第二学期', startDate: '2041-02-25', endDate: '2041-07-06', week1Start: '2041-02-26' });
    assert.equal(fieldOf(notMonday.body), 'week1Start');
    const tooLate = await admin.post('/api/v1/calendar/terms', { schoolYearId: year.id, name: '第二学期', startDate: '2041-02-25', endDate: '2041-07-06', week1Start: '2041-03-04' });
    assert.equal(tooLate.status, 400);
    assert.equal(fieldOf(tooLate.body), 'week1Start');
    const extra = await admin.post('/api/v1/calendar/terms', { schoolYearId: year.id, name: '第二学期', startDate: '2041-02-25', endDate: '2041-07-06', note: 'x' });
    assert.equal(extra.status, 400);

    const bYear = (await (await w.ts.as('b-sysadmin')).get<CalendarDto>('/api/v1/calendar')).body.schoolYears[0];
    const intoB = await admin.post('/api/v1/calendar/terms', { schoolYearId: bYear?.id, name: '第三学期', startDate: '2041-02-25', endDate: '2041-07-06' });
    assert.equal(intoB.status, 404, "school A cannot add a term to school B's year");

    const stale = await admin.patch(`/api/v1/calendar/terms/${first.body.id}`, { version: 7, name: '上学期' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'STALE_VERSION');
    const renamed = await admin.patch<TermDto>(`/api/v1/calendar/terms/${first.body.id}`, { version: 1, name: '上学期', startDate: '2040-09-03' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.deepEqual([renamed.body.name, renamed.body.week1Start, renamed.body.version], ['上学期', '2040-09-03', 2]);
  });

  it("answers 404 when school B's administrator touches school A's term", async () => {
    const admin = await w.ts.as('sysadmin');
    const term = (await admin.get<CalendarDto>('/api/v1/calendar?year=2041')).body.schoolYears.flatMap((y) => y.terms).find((t) => t.name === '上学期');
    assert.ok(term);
    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.patch(`/api/v1/calendar/terms/${term.id}`, { version: term.version, name: '偷改' })).status, 404);
    assert.equal((await bAdmin.delete(`/api/v1/calendar/terms/${term.id}?version=${term.version}`)).status, 404);
    assert.equal((await bAdmin.get(`/api/v1/calendar/weeks?termId=${term.id}`)).status, 404);
    const still = await w.ts.server.db.kysely.selectFrom('terms').select('name').where('id', '=', term.id).executeTakeFirst();
    assert.equal(still?.name, '上学期');
  });

  it('lists teaching weeks and tells the week of a date', async () => {
    const teacher = await w.ts.as('teacher');
    const term = (await teacher.get<CalendarDto>('/api/v1/calendar?year=2041')).body.schoolYears.flatMap((y) => y.terms).find((t) => t.name === '上学期');
    assert.ok(term);
    const weeks = await teacher.get<{ week: number; start: string; end: string }[]>(`/api/v1/calendar/weeks?termId=${term.id}`);
    assert.equal(weeks.status, 200);
    assert.deepEqual(weeks.body[0], { week: 1, start: '2040-09-03', end: '2040-09-09' });
    assert.equal(weeks.body.at(-1)?.end, '2041-01-18');
    assert.equal(weeks.body.length, 20);
    const q = await teacher.get(`/api/v1/calendar/query?at=${encodeURIComponent('2040-09-12T10:00:00+08:00')}`);
    assert.equal(q.status, 200);
    assert.deepEqual([q.body.teachingWeek, (q.body.term as { name: string }).name, q.body.isWorking], [2, '上学期', true]);
    assert.equal((await teacher.get('/api/v1/calendar/weeks?termId=abc')).status, 400);
  });

  it('keeps school years consistent with their terms and deletes in order', async () => {
    const admin = await w.ts.as('sysadmin');
    const year = (await admin.get<CalendarDto>('/api/v1/calendar?year=2041')).body.schoolYears.find((y) => y.name === '2040-2041学年');
    assert.ok(year);
    const shrink = await admin.patch(`/api/v1/calendar/school-years/${year.id}`, { version: year.version, startDate: '2040-10-01' });
    assert.equal(shrink.status, 409);
    assert.match(String(shrink.body.message), /上学期/);
    const inUse = await admin.delete(`/api/v1/calendar/school-years/${year.id}?version=${year.version}`);
    assert.equal(inUse.status, 409);
    const term = year.terms[0];
    assert.ok(term);
    assert.equal((await admin.delete(`/api/v1/calendar/terms/${term.id}?version=1`)).status, 409, 'stale delete');
    assert.equal((await admin.delete(`/api/v1/calendar/terms/${term.id}?version=${term.version}`)).status, 200);
    assert.equal((await admin.delete(`/api/v1/calendar/school-years/${year.id}`)).status, 400, 'version is required');
    assert.equal((await admin.delete(`/api/v1/calendar/school-years/${year.id}?version=${year.version}`)).status, 200);
    assert.equal((await admin.delete(`/api/v1/calendar/school-years/${year.id}?version=${year.version}`)).status, 404);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'term').where('entity_id', '=', String(term.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'update', 'delete']);
  });

  it('lets only one of three simultaneous overlapping terms in', async () => {
    const admin = await w.ts.as('sysadmin');
    const year = await admin.post<YearDto>('/api/v1/calendar/school-years', { name: '2044-2045学年', startDate: '2044-08-01', endDate: '2045-07-31' });
    const term = (name: string) => admin.post('/api/v1/calendar/terms', { schoolYearId: year.body.id, name, startDate: '2044-09-05', endDate: '2045-01-20' });
    const db = w.ts.server.db;
    // why: open several pooled PostgreSQL connections first, otherwise connection set-up alone staggers the requests.
    if (db.dialect === 'postgres') await Promise.all([1, 2, 3, 4].map(() => sql`select pg_sleep(0.05)`.execute(db.kysely)));
    const results = await Promise.all(['甲', '乙', '丙'].map(term));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409, 409]);
    const stored = await w.ts.server.db.kysely.selectFrom('terms').select('id').where('school_year_id', '=', year.body.id).execute();
    assert.equal(stored.length, 1);
  });

  it('saves working hours at the school version and rejects overlapping or malformed periods', async () => {
    const admin = await w.ts.as('sysadmin');
    const cal = (await admin.get<CalendarDto>('/api/v1/calendar')).body;
    const hours = { ...cal.workHours, '6': [['08:30', '11:30']] };
    const overlapping = await admin.put('/api/v1/calendar/work-hours', { version: cal.schoolVersion, workHours: { ...hours, '1': [['08:00', '12:00'], ['11:00', '17:00']] } });
    assert.equal(overlapping.status, 400);
    assert.equal(fieldOf(overlapping.body), 'workHours.1');
    assert.match(String(overlapping.body.message), /周一.*重叠/);
    const malformed = await admin.put('/api/v1/calendar/work-hours', { version: cal.schoolVersion, workHours: { ...hours, '2': [['8:00', '12:00']] } });
    assert.equal(malformed.status, 400);
    const empty = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, []]));
    assert.equal((await admin.put('/api/v1/calendar/work-hours', { version: cal.schoolVersion, workHours: empty })).status, 400);

    const saved = await admin.put<{ workHours: Record<string, string[][]>; schoolVersion: number }>('/api/v1/calendar/work-hours', { version: cal.schoolVersion, workHours: hours });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.schoolVersion, cal.schoolVersion + 1);
    assert.deepEqual(saved.body.workHours['6'], [['08:30', '11:30']]);
    const stale = await admin.put('/api/v1/calendar/work-hours', { version: cal.schoolVersion, workHours: hours });
    assert.equal(stale.status, 409);
    const saturday = await admin.get(`/api/v1/calendar/query?at=${encodeURIComponent('2026-11-28T09:00:00+08:00')}`);
    assert.deepEqual([saturday.body.dayKind, saturday.body.isWorking], ['workday', true]);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['action', 'after'])
      .where('entity', '=', 'work_hours').where('entity_id', '=', String(w.schoolA)).execute();
    assert.equal(audit.length, 1);
    assert.match(String(audit[0]?.after), /08:30/);
    const bSchool = await w.ts.server.db.kysely.selectFrom('schools').select('work_hours').where('id', '=', w.schoolB).executeTakeFirstOrThrow();
    assert.doesNotMatch(bSchool.work_hours, /08:30/, "school B's hours are untouched");
  });
});
