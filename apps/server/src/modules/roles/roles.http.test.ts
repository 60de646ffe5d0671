import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PERMISSIONS, permissionsOf } from '@houqin/contracts';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import type { ApiClient } from '../../../test/api-client.js';

interface Role {
  key: string; label: string; dataScope: string; dataScopeLabel: string; permissions: string[]; version: number;
  userCount: number; customised: boolean; allowedDataScopes: string[]; abilities: { update: boolean; reset: boolean };
}
interface Roles { resources: { key: string; label: string }[]; actions: { key: string; label: string }[]; dataScopes: { key: string; label: string }[]; roles: Role[] }

describe('roles and permissions', () => {
  let w: TwoSchools;
  let admin: ApiClient;
  const roleOf = async (c: ApiClient, key: string) => (await c.get<Roles>('/api/v1/roles')).body.roles.find((r) => r.key === key);

  before(async () => {
    w = await startWithTwoSchools();
    admin = await w.ts.as('sysadmin');
  });
  after(async () => { await w.ts.close(); });

  it('shows every built-in role with its defaults, user count and the Chinese vocabulary', async () => {
    assert.equal((await w.ts.client().get('/api/v1/roles')).status, 401);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/roles')).status, 403);
    assert.equal((await (await w.ts.as('inspector')).get('/api/v1/roles')).status, 403);
    const res = await admin.get<Roles>('/api/v1/roles');
    assert.equal(res.status, 200);
    assert.equal(res.body.roles.length, 12);
    assert.deepEqual(res.body.resources.find((r) => r.key === 'user'), { key: 'user', label: '用户' });
    assert.deepEqual(res.body.actions.find((a) => a.key === 'import'), { key: 'import', label: '导入' });
    assert.deepEqual(res.body.dataScopes.map((d) => d.label), ['本人', '本部门', '全校', '全区（只读）']);
    const teacher = res.body.roles.find((r) => r.key === 'teacher');
    assert.equal(teacher?.label, '教师');
    assert.equal(teacher?.dataScope, 'own');
    assert.equal(teacher?.dataScopeLabel, '本人');
    assert.deepEqual(teacher?.permissions, permissionsOf(DEFAULT_PERMISSIONS.teacher));
    assert.equal(teacher?.version, 0);
    assert.equal(teacher?.customised, false);
    assert.equal(teacher?.userCount, 1);
    assert.deepEqual(teacher?.abilities, { update: true, reset: false });
    assert.deepEqual(res.body.roles.find((r) => r.key === 'inspector')?.allowedDataScopes, ['district']);
    const principalView = await roleOf(await w.ts.as('principal'), 'teacher');
    assert.deepEqual(principalView?.abilities, { update: false, reset: false }, 'the principal may look, not edit');
  });

  it('applies a permission change on the very next request of an already signed-in user', async () => {
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.get('/api/v1/users')).status, 403);
    const granted = await admin.put<Role>('/api/v1/roles/teacher', {
      version: 0, dataScope: 'own', permissions: [...permissionsOf(DEFAULT_PERMISSIONS.teacher), 'user:read'],
    });
    assert.equal(granted.status, 200, JSON.stringify(granted.body));
    assert.equal(granted.body.version, 1);
    assert.equal(granted.body.customised, true);
    const own = await teacher.get<{ items: { staffNo: string }[] }>('/api/v1/users');
    assert.equal(own.status, 200);
    assert.deepEqual(own.body.items.map((u) => u.staffNo), ['teacher'], 'the "own" scope shows only themself');

    const wider = await admin.put<Role>('/api/v1/roles/teacher', { version: 1, dataScope: 'school', permissions: granted.body.permissions });
    assert.equal(wider.body.version, 2);
    assert.ok((await teacher.get<{ total: number }>('/api/v1/users')).body.total > 1);

    const revoked = await admin.put<Role>('/api/v1/roles/teacher', { version: 2, dataScope: 'own', permissions: ['school:read'] });
    assert.equal(revoked.status, 200);
    assert.equal((await teacher.get('/api/v1/users')).status, 403);
    const me = await teacher.get<{ permissions: string[] }>('/api/v1/auth/me');
    assert.deepEqual(me.body.permissions, ['school:read']);

    const other = await roleOf(await w.ts.as('b-sysadmin'), 'teacher');
    assert.equal(other?.customised, false, "another school's matrix is untouched");

    const reset = await admin.post<Role>('/api/v1/roles/teacher/reset', { version: 3 });
    assert.equal(reset.status, 200);
    assert.equal(reset.body.version, 0);
    assert.equal(reset.body.customised, false);
    assert.deepEqual(reset.body.permissions, permissionsOf(DEFAULT_PERMISSIONS.teacher));
    assert.equal((await admin.post('/api/v1/roles/teacher/reset', {})).status, 200, 'resetting a default is harmless');
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'role').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'update', 'update', 'delete']);
  });

  it('refuses stale versions, unknown permissions and roles, and scopes a role may not have', async () => {
    const first = await admin.put<Role>('/api/v1/roles/finance', { version: 0, dataScope: 'school', permissions: ['school:read', 'audit:read'] });
    assert.equal(first.status, 200);
    const stale = await admin.put('/api/v1/roles/finance', { version: 0, dataScope: 'school', permissions: [] });
    assert.equal(stale.status, 409);
    assert.match(String(stale.body.message), /已被他人修改/);
    assert.equal((await admin.put('/api/v1/roles/finance', { version: 5, dataScope: 'school', permissions: [] })).status, 409);
    assert.equal((await admin.post('/api/v1/roles/finance/reset', { version: 5 })).status, 409);

    const unknown = await admin.put('/api/v1/roles/finance', { version: 1, dataScope: 'school', permissions: ['budget:approve'] });
    assert.equal(unknown.status, 400);
    assert.equal((unknown.body.fields as { field: string }[])[0]?.field, 'permissions');
    assert.match(String(unknown.body.message), /不认识的权限「budget:approve」/);
    const district = await admin.put('/api/v1/roles/finance', { version: 1, dataScope: 'district', permissions: [] });
    assert.equal(district.status, 400);
    assert.equal((district.body.fields as { field: string }[])[0]?.field, 'dataScope');
    const inspector = await admin.put('/api/v1/roles/inspector', { version: 0, dataScope: 'school', permissions: ['school:read'] });
    assert.equal(inspector.status, 409);
    assert.match(String(inspector.body.message), /教育局统一设置/);
    assert.equal((await admin.put('/api/v1/roles/finance', { version: 1, dataScope: 'everyone', permissions: [] })).status, 400);
    assert.equal((await admin.put('/api/v1/roles/finance', { version: 1, dataScope: 'school', permissions: [], extra: 1 })).status, 400);
    assert.equal((await admin.put('/api/v1/roles/janitor', { version: 0, dataScope: 'school', permissions: [] })).status, 404);
    assert.equal((await (await w.ts.as('principal')).put('/api/v1/roles/finance', { version: 1, dataScope: 'school', permissions: [] })).status, 403);
    assert.equal((await w.ts.client().put('/api/v1/roles/finance', { version: 1, dataScope: 'school', permissions: [] })).status, 401);
    assert.deepEqual((await roleOf(admin, 'finance'))?.permissions, ['school:read', 'audit:read'], 'nothing half-written');
  });

  it('will not let the administrators lock themselves out', async () => {
    const sysadmin = await roleOf(admin, 'sysadmin');
    const withoutRoleUpdate = (sysadmin?.permissions ?? []).filter((p) => p !== 'role:update' && p !== 'user:update');
    const res = await admin.put('/api/v1/roles/sysadmin', { version: 0, dataScope: 'school', permissions: withoutRoleUpdate });
    assert.equal(res.status, 409);
    assert.equal(res.body.code, 'ROLE_LOCKOUT');
    assert.match(String(res.body.message), /「角色权限·修改」/);
    assert.match(String(res.body.message), /「用户·修改」/);
    const narrower = await admin.put<Role>('/api/v1/roles/sysadmin', {
      version: 0, dataScope: 'school', permissions: (sysadmin?.permissions ?? []).filter((p) => p !== 'qr:delete'),
    });
    assert.equal(narrower.status, 200);
    assert.ok(!narrower.body.permissions.includes('qr:delete'));
    assert.equal((await admin.get('/api/v1/roles')).status, 200);
  });
});
