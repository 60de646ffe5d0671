import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

type Body = Record<string, unknown>;

describe('organisation: campuses, buildings, departments, grades and classes', () => {
  let w: TwoSchools;
  let admin: ApiClient;
  let bAdmin: ApiClient;
  let campusId: number;
  before(async () => {
    w = await startWithTwoSchools();
    admin = await w.ts.as('sysadmin');
    bAdmin = await w.ts.as('b-sysadmin');
    const campuses = await admin.get<{ items: Body[] }>('/api/v1/campuses');
    campusId = Number(campuses.body.items[0]?.id);
  });
  after(async () => { await w.ts.close(); });

  it('every new school starts with 本部 campus and the usual departments', async () => {
    const campuses = await admin.get<{ items: Body[] }>('/api/v1/campuses');
    assert.deepEqual(campuses.body.items.map((c) => c.name), ['本部']);
    const depts = await admin.get<{ items: Body[] }>('/api/v1/departments');
    assert.ok(depts.body.items.some((d) => d.name === '总务处'));
  });

  it('creates a building, refuses a duplicate name in the same campus, and audits it', async () => {
    const res = await admin.post('/api/v1/buildings', { campusId, name: '教学楼A', floorsAbove: 5 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.campusName, '本部');
    assert.equal(res.body.roomCount, 0);
    const dup = await admin.post('/api/v1/buildings', { campusId, name: '教学楼A', floorsAbove: 3 });
    assert.equal(dup.status, 409);
    assert.match(String(dup.body.message), /名称/);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').selectAll().where('entity', '=', 'building').where('entity_id', '=', String(res.body.id)).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.action, 'create');
  });

  it('answers 401 without login, 403 for a teacher writing, 404 for another school and 400 for bad input', async () => {
    assert.equal((await w.ts.client().get('/api/v1/campuses')).status, 401);
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.get('/api/v1/campuses')).status, 200);
    assert.equal((await teacher.post('/api/v1/campuses', { name: '西校区' })).status, 403);
    const foreign = await bAdmin.post('/api/v1/buildings', { campusId, name: '偷偷建的楼', floorsAbove: 2 });
    assert.equal(foreign.status, 404);
    const bad = await admin.post('/api/v1/buildings', { campusId, name: '', floorsAbove: 'five' });
    assert.equal(bad.status, 400);
    assert.match(String(bad.body.message), /[\u4e00-\u9fa5]/);
    const unknownField = await admin.post('/api/v1/campuses', { name: '北校区', secret: 1 });
    assert.equal(unknownField.status, 400);
    assert.match(String(unknownField.body.message), /secret/);
  });

  it('updates with the current version and answers 409 to a stale one', async () => {
    const created = await admin.post('/api/v1/campuses', { name: '东校区', address: '东风路 1 号' });
    const id = Number(created.body.id);
    const first = await admin.patch(`/api/v1/campuses/${id}`, { version: 1, address: '东风路 2 号' });
    assert.equal(first.status, 200);
    assert.equal(first.body.version, 2);
    const stale = await admin.patch(`/api/v1/campuses/${id}`, { version: 1, address: '东风路 3 号' });
    assert.equal(stale.status, 409);
    assert.match(String(stale.body.message), /已被他人修改/);
    const other = await bAdmin.patch(`/api/v1/campuses/${id}`, { version: 2, name: '被改名' });
    assert.equal(other.status, 404);
    const audit = await admin.get('/api/v1/campuses');
    assert.ok(JSON.stringify(audit.body).includes('东风路 2 号'));
  });

  it('refuses to delete a campus that still has buildings, deletes an empty one', async () => {
    const busy = await admin.delete(`/api/v1/campuses/${campusId}?version=1`);
    assert.equal(busy.status, 409);
    const empty = await admin.post('/api/v1/campuses', { name: '临时校区' });
    const del = await admin.delete(`/api/v1/campuses/${empty.body.id}?version=1`);
    assert.equal(del.status, 200);
    const missingVersion = await admin.delete(`/api/v1/campuses/${empty.body.id}`);
    assert.equal(missingVersion.status, 400);
  });

  it('keeps grades with their classes, 班主任 and classroom, all within the school', async () => {
    const grade = await admin.post('/api/v1/grades', { name: '一年级', sort: 1 });
    assert.equal(grade.status, 200);
    const users = await w.ts.server.db.kysely.selectFrom('users').select(['id', 'school_id', 'staff_no']).execute();
    const teacherA = users.find((u) => u.staff_no === 'teacher')!;
    const teacherB = users.find((u) => u.staff_no === 'b-teacher')!;
    const klass = await admin.post('/api/v1/classes', { gradeId: grade.body.id, name: '一(1)班', headTeacherId: teacherA.id });
    assert.equal(klass.status, 200, JSON.stringify(klass.body));
    assert.equal(klass.body.headTeacherName, 'teacher');
    const foreignTeacher = await admin.post('/api/v1/classes', { gradeId: grade.body.id, name: '一(2)班', headTeacherId: teacherB.id });
    assert.equal(foreignTeacher.status, 404);
    const list = await admin.get<{ items: Body[] }>('/api/v1/grades');
    const g = list.body.items.find((x) => x.name === '一年级') as { classes: Body[] };
    assert.deepEqual(g.classes.map((c) => c.name), ['一(1)班']);
    const bList = await bAdmin.get<{ items: Body[] }>('/api/v1/grades');
    assert.equal(bList.body.items.length, 0, 'school B does not see school A grades');
  });

  it('lets the school admin edit school info, and the bureau inspector read it without edit rights', async () => {
    const school = await admin.get('/api/v1/school');
    assert.equal(school.body.name, '示范小学');
    const upd = await admin.patch('/api/v1/school', { version: school.body.version, address: '人民路 8 号', timezone: 'Mars/Base' });
    assert.equal(upd.status, 400);
    assert.equal((upd.body.fields as Body[])[0]?.field, 'timezone');
    const ok = await admin.patch('/api/v1/school', { version: school.body.version, address: '人民路 8 号' });
    assert.equal(ok.body.address, '人民路 8 号');
    const inspector = await w.ts.as('inspector');
    const seen = await inspector.get(`/api/v1/school?schoolId=${w.schoolA}`);
    assert.equal(seen.status, 200);
    assert.equal((seen.body.abilities as Body).update, false);
    assert.equal((await inspector.patch('/api/v1/school', { version: 3, name: '督查改名' })).status, 403);
  });

  it('lists the schools a reader may pick: every school of the district for the bureau, only its own for a school', async () => {
    const inspector = await w.ts.as('inspector');
    const district = await inspector.get<{ items: Body[] }>('/api/v1/schools');
    assert.equal(district.status, 200);
    assert.deepEqual(district.body.items.map((s) => s.id).sort(), [w.schoolA, w.schoolB].sort());
    const own = await admin.get<{ items: Body[] }>('/api/v1/schools');
    assert.deepEqual(own.body.items.map((s) => s.name), ['示范小学']);
    assert.equal((await w.ts.client().get('/api/v1/schools')).status, 401);
  });

  it('exports the organisation as one workbook with a sheet per list, for those allowed to export', async () => {
    const res = await admin.get('/api/v1/org/export.xlsx');
    assert.equal(res.status, 200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    assert.deepEqual(wb.worksheets.map((s) => s.name), ['校区', '楼宇', '部门', '年级班级']);
    const campuses = wb.getWorksheet('校区')!;
    assert.equal(campuses.getRow(2).getCell(1).value, '本部');
    const classes = wb.getWorksheet('年级班级')!;
    assert.equal(classes.getRow(2).getCell(2).value, '一(1)班');
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/org/export.xlsx')).status, 403);
  });
});
