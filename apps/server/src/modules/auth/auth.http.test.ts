import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_PASSWORD, makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

describe('accounts and sessions', () => {
  let w: TwoSchools;
  before(async () => { w = await startWithTwoSchools(); });
  after(async () => { await w.ts.close(); });

  it('logs in by 工号 and by 手机号, and audits the login', async () => {
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'T100', name: '李老师', roles: ['teacher'], phone: '13800000001' });
    const byStaffNo = await w.ts.client().login('T100', TEST_PASSWORD);
    assert.equal(byStaffNo.status, 200);
    assert.equal(byStaffNo.body.name, '李老师');
    const byPhone = await w.ts.client().login('13800000001', TEST_PASSWORD);
    assert.equal(byPhone.status, 200);
    const events = await w.ts.server.db.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'session').where('action', '=', 'login').execute();
    assert.ok(events.length >= 2);
  });

  it('asks for the school code when a 工号 exists in two schools', async () => {
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'DUP1', roles: ['teacher'] });
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'DUP1', roles: ['teacher'] });
    const ambiguous = await w.ts.client().login('DUP1', TEST_PASSWORD);
    assert.equal(ambiguous.status, 400);
    assert.equal(ambiguous.body.code, 'LOGIN_SCHOOL_REQUIRED');
    const withCode = await w.ts.client().login('DUP1', TEST_PASSWORD, 'DEXX');
    assert.equal(withCode.status, 200);
    assert.equal(withCode.body.schoolName, '第二实验小学');
  });

  it('says wrong password without revealing whether the account exists, then locks after five failures', async () => {
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'LOCK1', roles: ['teacher'] });
    const unknown = await w.ts.client().login('NOBODY', 'whatever1');
    assert.equal(unknown.status, 401);
    assert.match(String(unknown.body.message), /账号或密码错误/);
    let last;
    for (let i = 0; i < 5; i++) last = await w.ts.client().login('LOCK1', 'wrongpass1');
    assert.equal(last?.status, 423);
    assert.match(String(last?.body.message), /锁定.*\d{4}-\d{2}-\d{2} \d{2}:\d{2} 后重试/);
    const right = await w.ts.client().login('LOCK1', TEST_PASSWORD);
    assert.equal(right.status, 423, 'the right password does not open a locked account');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const c = await w.ts.as('teacher');
    c.csrfToken = undefined;
    const res = await c.post('/api/v1/auth/logout');
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'CSRF_FAILED');
  });

  it('forces a password change before anything else, applies the password rules, then lets the user in', async () => {
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'NEW1', roles: ['teacher'], mustChangePassword: true });
    const c = w.ts.client();
    const login = await c.login('NEW1', TEST_PASSWORD);
    assert.equal(login.body.mustChangePassword, true);
    const blocked = await c.get('/api/v1/setup/status');
    assert.equal(blocked.status, 200, 'setup status stays public');
    const notYet = await c.post('/api/v1/auth/logout-all');
    assert.equal(notYet.status, 403);
    assert.equal(notYet.body.code, 'PASSWORD_CHANGE_REQUIRED');
    const weak = await c.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh' });
    assert.equal(weak.status, 400);
    assert.equal((weak.body.fields as { field: string }[])[0]?.field, 'newPassword');
    const wrongCurrent = await c.post('/api/v1/auth/password', { currentPassword: 'nope12345', newPassword: 'Better2026x' });
    assert.equal(wrongCurrent.status, 400);
    const ok = await c.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Better2026x' });
    assert.equal(ok.status, 200);
    const me = await c.get('/api/v1/auth/me');
    assert.equal(me.body.mustChangePassword, false);
  });

  it('signs out everywhere', async () => {
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'MULTI', roles: ['teacher'] });
    const phone = await w.ts.as('MULTI');
    const desktop = await w.ts.as('MULTI');
    assert.equal((await phone.post('/api/v1/auth/logout-all')).status, 200);
    assert.equal((await desktop.get('/api/v1/auth/me')).status, 401);
    assert.equal((await phone.get('/api/v1/auth/me')).status, 401);
  });

  it('refuses a disabled account', async () => {
    const id = await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'GONE', roles: ['teacher'] });
    await w.ts.server.db.kysely.updateTable('users').set({ active: 0 }).where('id', '=', id).execute();
    const res = await w.ts.client().login('GONE', TEST_PASSWORD);
    assert.equal(res.status, 403);
    assert.match(String(res.body.message), /停用/);
  });
});
