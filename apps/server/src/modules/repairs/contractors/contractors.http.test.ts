import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { categoryIdOf } from '../repairs.fixtures.js';

interface Contractor {
  id: number; name: string; contactName: string | null; phone: string | null; licenceNote: string | null; active: boolean; version: number;
  categories: { id: number; name: string }[]; accounts: { id: number; staffNo: string; name: string; active: boolean }[]; openCount: number;
  abilities: { update: boolean; delete: boolean; addAccount: boolean };
}
interface ErrorBody { code: string; message: string; fields?: { field: string; message: string }[] }

describe('外包单位: contractors and their accounts (报修设置)', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let water = 0;
  let power = 0;
  let bCategory = 0;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    head = await w.ts.as('logistics_head');
    water = await categoryIdOf(db, w.schoolA, '水');
    power = await categoryIdOf(db, w.schoolA, '电');
    bCategory = await categoryIdOf(db, w.schoolB, '水');
  });
  after(async () => { await w.ts.close(); });

  it('creates, lists and edits a contractor with the categories it handles', async () => {
    assert.equal((await w.ts.client().get('/api/v1/repair-contractors')).status, 401);
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.get('/api/v1/repair-contractors')).status, 403);
    assert.equal((await teacher.post('/api/v1/repair-contractors', { name: '某公司' })).status, 403);

    const made = await head.post<Contractor>('/api/v1/repair-contractors', {
      name: '  恒安水电维修部 ', contactName: '周师傅', phone: '0571-88886666', categoryIds: [power, water], licenceNote: '合同 2026-015，至 2027-08',
    });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    assert.equal(made.body.name, '恒安水电维修部');
    assert.deepEqual(new Set(made.body.categories.map((c) => c.name)), new Set(['水', '电']));
    assert.deepEqual([made.body.active, made.body.openCount, made.body.accounts, made.body.abilities], [true, 0, [], { update: true, delete: true, addAccount: true }]);

    const dup = await head.post<ErrorBody>('/api/v1/repair-contractors', { name: '恒安水电维修部' });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.fields?.[0]?.field, 'name');
    const blank = await head.post<ErrorBody>('/api/v1/repair-contractors', { name: '   ' });
    assert.equal(blank.status, 400);
    assert.equal(blank.body.fields?.[0]?.field, 'name');
    const foreignCategory = await head.post<ErrorBody>('/api/v1/repair-contractors', { name: '顺达', categoryIds: [bCategory] });
    assert.equal(foreignCategory.status, 400);
    assert.equal(foreignCategory.body.fields?.[0]?.field, 'categoryIds');
    const extra = await head.post<ErrorBody>('/api/v1/repair-contractors', { name: '顺达', rating: 5 });
    assert.equal(extra.status, 400);

    const edited = await head.patch<Contractor>(`/api/v1/repair-contractors/${made.body.id}`, { version: made.body.version, categoryIds: [water], contactName: null });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual([edited.body.categories.map((c) => c.name), edited.body.contactName], [['水'], null]);
    const stale = await head.patch(`/api/v1/repair-contractors/${made.body.id}`, { version: made.body.version, name: '改名' });
    assert.equal(stale.status, 409);

    const tech = await w.ts.as('technician');
    assert.equal((await tech.get('/api/v1/repair-contractors')).status, 403, 'technicians do not pick contractors');
    const list = await head.get<{ items: Contractor[] }>('/api/v1/repair-contractors?active=true');
    assert.deepEqual(list.body.items.map((c) => c.name), ['恒安水电维修部']);

    const b = await w.ts.as('b-sysadmin');
    assert.equal((await b.get<{ items: Contractor[] }>('/api/v1/repair-contractors')).body.items.length, 0, 'each school has its own');
    assert.equal((await b.patch(`/api/v1/repair-contractors/${made.body.id}`, { version: edited.body.version, name: '抢走' })).status, 404);
    assert.equal((await b.get(`/api/v1/repair-contractors/${made.body.id}`)).status, 404);
    assert.equal((await b.delete(`/api/v1/repair-contractors/${made.body.id}?version=${edited.body.version}`)).status, 404);
  });

  it('adds a login for a contractor worker, who signs in as 外包维修人员 and must choose a password', async () => {
    const c = (await head.post<Contractor>('/api/v1/repair-contractors', { name: '安居门窗', categoryIds: [water] })).body;
    const added = await head.post<{ contractor: Contractor; account: { id: number; staffNo: string; name: string }; initialPassword?: string }>(
      `/api/v1/repair-contractors/${c.id}/accounts`, { staffNo: 'aj-01', name: '钱师傅', phone: '13900001111' },
    );
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.equal(added.body.account.name, '钱师傅');
    assert.deepEqual(added.body.contractor.accounts.map((a) => a.staffNo), ['aj-01']);
    assert.ok(added.body.initialPassword, 'a temporary password is shown once');

    const worker = w.ts.client();
    const me = await worker.login('aj-01', added.body.initialPassword ?? '');
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.deepEqual([me.body.roleLabels, me.body.mustChangePassword], [['外包维修人员'], true]);
    assert.deepEqual(new Set(me.body.permissions as string[]), new Set(['file:read', 'file:create', 'notification:read', 'repair:read', 'work_order:read', 'work_order:update']));

    const taken = await head.post<ErrorBody>(`/api/v1/repair-contractors/${c.id}/accounts`, { staffNo: 'aj-01', name: '重复' });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.fields?.[0]?.field, 'staffNo');
    const badPhone = await head.post<ErrorBody>(`/api/v1/repair-contractors/${c.id}/accounts`, { staffNo: 'aj-02', name: '孙', phone: '123' });
    assert.equal(badPhone.status, 400);
    assert.equal(badPhone.body.fields?.[0]?.field, 'phone');
    const roles = await head.post(`/api/v1/repair-contractors/${c.id}/accounts`, { staffNo: 'aj-03', name: '李', roles: ['sysadmin'] });
    assert.equal(roles.status, 400, 'the role is always 外包维修人员');
    assert.equal((await (await w.ts.as('technician')).post(`/api/v1/repair-contractors/${c.id}/accounts`, { staffNo: 'aj-04', name: '赵' })).status, 403);
    const b = await w.ts.as('b-sysadmin');
    assert.equal((await b.post(`/api/v1/repair-contractors/${c.id}/accounts`, { staffNo: 'aj-05', name: '周' })).status, 404);

    const inUse = await head.delete<ErrorBody>(`/api/v1/repair-contractors/${c.id}?version=${added.body.contractor.version}`);
    assert.equal(inUse.status, 409);
    assert.match(inUse.body.message, /停用/);
    const off = await head.patch<Contractor>(`/api/v1/repair-contractors/${c.id}`, { version: added.body.contractor.version, active: false });
    assert.deepEqual([off.body.active, off.body.abilities.addAccount], [false, false]);
    assert.equal((await head.post(`/api/v1/repair-contractors/${c.id}/accounts`, { staffNo: 'aj-06', name: '吴' })).status, 409, 'a switched-off contractor gets no new logins');
  });

  it('deletes a contractor that never had work or accounts', async () => {
    const c = (await head.post<Contractor>('/api/v1/repair-contractors', { name: '临时单位' })).body;
    assert.equal((await head.delete(`/api/v1/repair-contractors/${c.id}?version=${c.version + 1}`)).status, 409);
    assert.equal((await head.delete(`/api/v1/repair-contractors/${c.id}?version=${c.version}`)).status, 200);
    assert.equal((await head.get(`/api/v1/repair-contractors/${c.id}`)).status, 404);
  });
});
