import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { TEST_PASSWORD, makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import type { ApiClient } from '../../../test/api-client.js';

interface UserItem {
  id: number; staffNo: string; name: string; phone: string | null; departmentId: number | null; departmentName: string | null;
  roles: string[]; roleLabels: string[]; active: boolean; mustChangePassword: boolean; version: number;
  abilities: { update: boolean; disable: boolean; enable: boolean; resetPassword: boolean };
}
interface UserPage { items: UserItem[]; total: number; page: number; pageSize: number }

describe('user administration', () => {
  let w: TwoSchools;
  let admin: ApiClient;
  let departments: Map<string, number>;
  let bDepartment: number;
  const idOf = async (staffNo: string, schoolId = w.schoolA) =>
    (await w.ts.server.db.kysely.selectFrom('users').select('id').where('staff_no', '=', staffNo).where('school_id', '=', schoolId).executeTakeFirstOrThrow()).id;
  const getUser = async (id: number) => (await admin.get<UserItem>(`/api/v1/users/${id}`)).body;

  before(async () => {
    w = await startWithTwoSchools();
    admin = await w.ts.as('sysadmin');
    const rows = await w.ts.server.db.kysely.selectFrom('departments').select(['id', 'name', 'school_id']).execute();
    departments = new Map(rows.filter((d) => d.school_id === w.schoolA).map((d) => [d.name, d.id]));
    bDepartment = rows.find((d) => d.school_id === w.schoolB)?.id ?? 0;
  });
  after(async () => { await w.ts.close(); });

  it('lists only the own school, with filters, sorting, paging and abilities', async () => {
    assert.equal((await w.ts.client().get('/api/v1/users')).status, 401);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/users')).status, 403);
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'L001', name: '刘建国', roles: ['teacher', 'dorm_manager'], phone: '13712345678' });

    const all = await admin.get<UserPage>('/api/v1/users?pageSize=200');
    assert.equal(all.status, 200);
    const staffNos = all.body.items.map((u) => u.staffNo);
    assert.ok(staffNos.includes('teacher') && staffNos.includes('L001'));
    assert.ok(!staffNos.includes('b-sysadmin') && !staffNos.includes('inspector'), 'other schools and the bureau stay hidden');
    assert.equal(all.body.total, all.body.items.length);

    const byName = await admin.get<UserPage>(`/api/v1/users?q=${encodeURIComponent('建国')}`);
    assert.deepEqual(byName.body.items.map((u) => u.staffNo), ['L001']);
    assert.deepEqual(byName.body.items[0]?.roleLabels, ['教师', '宿管']);
    assert.deepEqual((await admin.get<UserPage>('/api/v1/users?q=3712345')).body.items.map((u) => u.name), ['刘建国']);
    assert.deepEqual((await admin.get<UserPage>('/api/v1/users?role=dorm_manager')).body.items.map((u) => u.staffNo), ['L001']);

    const sorted = await admin.get<UserPage>('/api/v1/users?sort=-staffNo&pageSize=2&page=1');
    assert.equal(sorted.body.items.length, 2);
    assert.deepEqual(sorted.body.items.map((u) => u.staffNo), [...staffNos].sort().reverse().slice(0, 2));
    assert.equal(sorted.body.total, all.body.total);
    const byLogin = await admin.get<UserPage>('/api/v1/users?sort=-lastLoginAt&pageSize=1');
    assert.equal(byLogin.body.items[0]?.staffNo, 'teacher', 'the latest login first');
    const byFirstLogin = await admin.get<UserPage>('/api/v1/users?sort=lastLoginAt&pageSize=1');
    assert.equal(byFirstLogin.body.items[0]?.staffNo, 'sysadmin', 'never-logged-in users last, also ascending');

    const self = all.body.items.find((u) => u.staffNo === 'sysadmin');
    assert.deepEqual(self?.abilities, { update: true, disable: false, enable: false, resetPassword: false }, 'no self-lockout buttons');
    const teacher = all.body.items.find((u) => u.staffNo === 'teacher');
    assert.deepEqual(teacher?.abilities, { update: true, disable: true, enable: false, resetPassword: true });
    const principalView = await (await w.ts.as('principal')).get<UserPage>('/api/v1/users?q=teacher');
    assert.deepEqual(principalView.body.items[0]?.abilities, { update: false, disable: false, enable: false, resetPassword: false });

    const bad = await admin.get('/api/v1/users?pageSize=500');
    assert.equal(bad.status, 400);
    assert.match(String(bad.body.message), /每页条数/);
    assert.equal((await admin.get('/api/v1/users?role=boss')).status, 400);
  });

  it('shows one user, but answers 404 for another school', async () => {
    const teacherId = await idOf('teacher');
    const one = await admin.get<UserItem>(`/api/v1/users/${teacherId}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body.roles, ['teacher']);
    const other = await admin.get(`/api/v1/users/${await idOf('b-sysadmin', w.schoolB)}`);
    assert.equal(other.status, 404);
    assert.match(String(other.body.message), /用户不存在/);
    assert.equal((await admin.get('/api/v1/users/abc')).status, 400);
    assert.equal((await w.ts.client().get(`/api/v1/users/${teacherId}`)).status, 401);
  });

  it('creates a user with a generated temporary password that must be changed', async () => {
    const res = await admin.post<{ user: UserItem; initialPassword?: string }>('/api/v1/users', {
      staffNo: 'N001', name: '王芳', phone: '13811112222', departmentId: departments.get('总务处'), roles: ['storekeeper', 'teacher'],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.user.departmentName, '总务处');
    assert.deepEqual(res.body.user.roleLabels, ['教师', '保管员']);
    assert.equal(res.body.user.mustChangePassword, true);
    assert.match(res.body.initialPassword ?? '', /^[a-z]{4}-\d{4}$/);
    const login = await w.ts.client().login('13811112222', res.body.initialPassword ?? '');
    assert.equal(login.status, 200);
    assert.equal(login.body.mustChangePassword, true);

    const chosen = await admin.post<{ user: UserItem; initialPassword?: string }>('/api/v1/users', { staffNo: 'N002', name: '赵强', roles: ['technician'], password: 'Weixiu2026' });
    assert.equal(chosen.status, 200);
    assert.equal(chosen.body.initialPassword, undefined, 'a password the admin chose is not echoed');
    assert.equal((await w.ts.client().login('N002', 'Weixiu2026')).status, 200);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select('action')
      .where('entity', '=', 'user').where('entity_id', '=', String(chosen.body.user.id)).execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'roles']);
  });

  it('refuses bad or clashing input when creating, naming the field', async () => {
    const post = (body: Record<string, unknown>) => admin.post('/api/v1/users', { staffNo: 'X1', name: '某人', roles: ['teacher'], ...body });
    const dupStaff = await post({ staffNo: 'teacher' });
    assert.equal(dupStaff.status, 409);
    assert.match(String(dupStaff.body.message), /工号「teacher」/);
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'B-PHONE', roles: ['teacher'], phone: '13900001111' });
    const dupPhone = await post({ phone: '13900001111' });
    assert.equal(dupPhone.status, 409);
    assert.match(String(dupPhone.body.message), /手机号/);
    const badPhone = await post({ phone: '2390000111' });
    assert.equal(badPhone.status, 400);
    assert.equal((badPhone.body.fields as { field: string }[])[0]?.field, 'phone');
    assert.match(String(badPhone.body.message), /手机号/);
    const inspector = await post({ roles: ['inspector'] });
    assert.equal(inspector.status, 400);
    assert.match(String(inspector.body.message), /教育局/);
    assert.equal((await post({ roles: [] })).status, 400);
    const foreignDept = await post({ departmentId: bDepartment });
    assert.equal(foreignDept.status, 400);
    assert.equal((foreignDept.body.fields as { field: string }[])[0]?.field, 'departmentId');
    const weak = await post({ password: '12345678' });
    assert.equal(weak.status, 400);
    assert.equal((weak.body.fields as { field: string }[])[0]?.field, 'password');
    assert.equal((await post({ role: 'teacher' })).status, 400, 'unknown fields are refused');
    assert.equal((await (await w.ts.as('logistics_head')).post('/api/v1/users', { staffNo: 'X2', name: '某', roles: ['teacher'] })).status, 403);
    const sameStaffNoOtherSchool = await post({ staffNo: 'b-teacher' });
    assert.equal(sameStaffNoOtherSchool.status, 200, '工号 is unique per school only');
    const written = await w.ts.server.db.kysely.selectFrom('users').select('staff_no').where('staff_no', '=', 'X1').execute();
    assert.equal(written.length, 0, 'nothing half-written');
  });

  it('edits a user at the current version and refuses stale, foreign and invalid edits', async () => {
    const id = await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'E001', name: '陈静', roles: ['teacher'] });
    const res = await admin.patch<UserItem>(`/api/v1/users/${id}`, {
      version: 1, name: '陈静怡', phone: '13600000001', departmentId: departments.get('教务处'), roles: ['teacher', 'safety_officer'],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.name, '陈静怡');
    assert.equal(res.body.departmentName, '教务处');
    assert.deepEqual(res.body.roleLabels, ['教师', '安全专干']);
    assert.equal(res.body.version, 2);
    const stale = await admin.patch(`/api/v1/users/${id}`, { version: 1, name: '别人改的' });
    assert.equal(stale.status, 409);
    assert.match(String(stale.body.message), /已被他人修改/);
    const cleared = await admin.patch<UserItem>(`/api/v1/users/${id}`, { version: 2, phone: null, departmentId: null });
    assert.equal(cleared.body.phone, null);
    assert.equal(cleared.body.departmentName, null);
    assert.equal((await admin.patch(`/api/v1/users/${id}`, { version: 3, departmentId: bDepartment })).status, 400);
    assert.equal((await admin.patch(`/api/v1/users/${id}`, { version: 3, roles: ['inspector'] })).status, 400);
    assert.equal((await admin.patch(`/api/v1/users/${id}`, { version: 3, phone: '13900001111' })).status, 409);
    assert.equal((await admin.patch(`/api/v1/users/${id}`, { version: 3, staffNo: 'NEW' })).status, 400);
    assert.equal((await admin.patch(`/api/v1/users/${await idOf('b-teacher', w.schoolB)}`, { version: 1, name: '越权' })).status, 404);
    assert.equal((await (await w.ts.as('principal')).patch(`/api/v1/users/${id}`, { version: 3, name: '校长改' })).status, 403);
    const roleAudit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['before', 'after'])
      .where('entity', '=', 'user').where('entity_id', '=', String(id)).where('action', '=', 'roles').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(roleAudit.after ?? '{}'), { roles: ['teacher', 'safety_officer'] });
  });

  it('never lets administrators lock themselves or the school out', async () => {
    const selfId = await idOf('sysadmin');
    const me = await getUser(selfId);
    const demote = await admin.patch(`/api/v1/users/${selfId}`, { version: me.version, roles: ['teacher'] });
    assert.equal(demote.status, 409);
    assert.match(String(demote.body.message), /自己的「系统管理员」/);
    const disableSelf = await admin.post(`/api/v1/users/${selfId}/disable`, { version: me.version });
    assert.equal(disableSelf.status, 409);
    assert.match(String(disableSelf.body.message), /不能停用自己/);

    // A principal who may edit users and roles still cannot remove the school's only administrator.
    const grant = await admin.put('/api/v1/roles/principal', {
      version: 0, dataScope: 'school', permissions: ['user:read', 'user:update', 'role:read', 'role:update'],
    });
    assert.equal(grant.status, 200, JSON.stringify(grant.body));
    const principal = await w.ts.as('principal');
    const last = await principal.post(`/api/v1/users/${selfId}/disable`, { version: me.version });
    assert.equal(last.status, 409);
    assert.match(String(last.body.message), /最后一位启用的系统管理员/);
    const lastDemote = await principal.patch(`/api/v1/users/${selfId}`, { version: me.version, roles: ['principal'] });
    assert.equal(lastDemote.status, 409);
    assert.equal((await principal.get<UserPage>('/api/v1/users?q=sysadmin')).body.items[0]?.abilities.disable, false);
    assert.equal((await admin.post(`/api/v1/roles/principal/reset`, {})).status, 200);
    assert.equal((await getUser(selfId)).active, true);
  });

  it('keeps administrator accounts out of reach of people who may edit users but not roles', async () => {
    const granted = await admin.put('/api/v1/roles/logistics_head', {
      version: 0, dataScope: 'school', permissions: ['user:read', 'user:create', 'user:update'],
    });
    assert.equal(granted.status, 200);
    const head = await w.ts.as('logistics_head');
    const makeAdmin = await head.post('/api/v1/users', { staffNo: 'H-ADM', name: '冒充', roles: ['sysadmin'] });
    assert.equal(makeAdmin.status, 403);
    assert.match(String(makeAdmin.body.message), /系统管理员/);
    const selfPromote = await head.patch(`/api/v1/users/${await idOf('logistics_head')}`, { version: 1, roles: ['logistics_head', 'sysadmin'] });
    assert.equal(selfPromote.status, 403);
    const takeOver = await head.post(`/api/v1/users/${await idOf('sysadmin')}/reset-password`, {});
    assert.equal(takeOver.status, 403);
    const list = await head.get<UserPage>('/api/v1/users?role=sysadmin');
    assert.deepEqual(list.body.items[0]?.abilities, { update: false, disable: false, enable: false, resetPassword: false });
    const ordinary = await head.post('/api/v1/users', { staffNo: 'H-T1', name: '普通教师', roles: ['teacher'] });
    assert.equal(ordinary.status, 200);
    assert.equal((await admin.post('/api/v1/roles/logistics_head/reset', {})).status, 200);
  });

  it('disables an account, signing it out everywhere, and enables it again', async () => {
    const id = await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'D001', roles: ['teacher'] });
    const victim = await w.ts.as('D001');
    assert.equal((await w.ts.client().post(`/api/v1/users/${id}/disable`, { version: 1 })).status, 401);
    assert.equal((await (await w.ts.as('teacher')).post(`/api/v1/users/${id}/disable`, { version: 1 })).status, 403);
    assert.equal((await admin.post(`/api/v1/users/${await idOf('b-teacher', w.schoolB)}/disable`, { version: 1 })).status, 404);
    assert.equal((await admin.post(`/api/v1/users/${id}/disable`, { version: 7 })).status, 409);
    assert.equal((await admin.post(`/api/v1/users/${id}/disable`, {})).status, 400);

    const off = await admin.post<UserItem>(`/api/v1/users/${id}/disable`, { version: 1 });
    assert.equal(off.status, 200);
    assert.equal(off.body.active, false);
    assert.deepEqual(off.body.abilities, { update: true, disable: false, enable: true, resetPassword: true });
    assert.equal((await victim.get('/api/v1/auth/me')).status, 401, 'the open session ends at once');
    const refused = await w.ts.client().login('D001', TEST_PASSWORD);
    assert.equal(refused.status, 403);
    assert.match(String(refused.body.message), /停用/);
    assert.deepEqual((await admin.get<UserPage>('/api/v1/users?active=false&q=D001')).body.items.map((u) => u.staffNo), ['D001']);

    const on = await admin.post<UserItem>(`/api/v1/users/${id}/enable`, { version: off.body.version });
    assert.equal(on.status, 200);
    assert.equal(on.body.active, true);
    assert.equal((await w.ts.client().login('D001', TEST_PASSWORD)).status, 200);
    const actions = await w.ts.server.db.kysely.selectFrom('audit_events').select('action')
      .where('entity', '=', 'user').where('entity_id', '=', String(id)).orderBy('id').execute();
    assert.deepEqual(actions.map((a) => a.action).slice(-2), ['disable', 'enable']);
  });

  it('resets a password: temporary, must be changed, all sessions end, audited', async () => {
    const id = await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'R001', roles: ['teacher'], phone: '13500000009' });
    const phone = await w.ts.as('R001');
    assert.equal((await w.ts.client().post(`/api/v1/users/${id}/reset-password`, {})).status, 401);
    assert.equal((await (await w.ts.as('teacher')).post(`/api/v1/users/${id}/reset-password`, {})).status, 403);
    assert.equal((await admin.post(`/api/v1/users/${await idOf('b-teacher', w.schoolB)}/reset-password`, {})).status, 404);
    assert.equal((await admin.post(`/api/v1/users/${await idOf('sysadmin')}/reset-password`, {})).status, 409);
    const weak = await admin.post(`/api/v1/users/${id}/reset-password`, { password: '13500000009' });
    assert.equal(weak.status, 400);

    const res = await admin.post<{ temporaryPassword: string }>(`/api/v1/users/${id}/reset-password`, {});
    assert.equal(res.status, 200);
    assert.equal((await phone.get('/api/v1/auth/me')).status, 401);
    assert.equal((await w.ts.client().login('R001', TEST_PASSWORD)).status, 401, 'the old password is gone');
    const login = await w.ts.client().login('R001', res.body.temporaryPassword);
    assert.equal(login.status, 200);
    assert.equal(login.body.mustChangePassword, true);
    const chosen = await admin.post<{ temporaryPassword: string }>(`/api/v1/users/${id}/reset-password`, { password: 'Linshi2026' });
    assert.equal(chosen.body.temporaryPassword, 'Linshi2026');
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['action', 'after'])
      .where('entity', '=', 'user').where('entity_id', '=', String(id)).where('action', '=', 'password_reset').execute();
    assert.equal(audit.length, 2);
    assert.ok(!String(audit[0]?.after).includes('Linshi2026'), 'the password never reaches the audit trail');
  });

  it('exports the filtered list to Excel', async () => {
    assert.equal((await w.ts.client().get('/api/v1/users/export.xlsx')).status, 401);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/users/export.xlsx')).status, 403);
    const res = await (await w.ts.as('principal')).get('/api/v1/users/export.xlsx?role=teacher&sort=staffNo');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.worksheets[0];
    assert.deepEqual((ws?.getRow(1).values as unknown[]).slice(1), ['工号', '姓名', '手机号', '部门', '角色', '状态', '最近登录']);
    const staffNos: string[] = [];
    ws?.eachRow((row, n) => { if (n > 1) staffNos.push(String(row.getCell(1).value)); });
    assert.ok(staffNos.includes('teacher'), staffNos.join(','));
    assert.ok(!staffNos.includes('B-PHONE') && !staffNos.includes('sysadmin'), 'only school A teachers');
  });
});
