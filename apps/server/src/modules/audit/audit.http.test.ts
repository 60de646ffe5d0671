import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

interface Change { field: string; fieldLabel: string; before: unknown; after: unknown }
interface Item {
  id: number; at: string; schoolId: number | null; schoolName: string | null; actorId: number | null; actorName: string;
  entity: string; entityLabel: string; entityId: string; action: string; actionLabel: string; changes: Change[]; ip: string | null;
}
interface Page { items: Item[]; total: number; page: number; pageSize: number }

describe('audit trail', () => {
  let w: TwoSchools;
  let roomA: number;
  let userB: number;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db.kysely;
    userB = await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-keeper', name: '二校保管员', roles: ['storekeeper'] });
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'a-keeper2', name: '一校保管员', roles: ['storekeeper'] });
    const admin = await db.selectFrom('users').select(['id', 'name']).where('staff_no', '=', 'sysadmin').executeTakeFirstOrThrow();
    // Two events either side of local midnight in Asia/Shanghai (UTC+8).
    const event = (at: string, entityId: string, action: string, beforeJson: string | null, afterJson: string | null) => ({
      school_id: w.schoolA, actor_id: admin.id, actor_name: admin.name, at, entity: 'room', entity_id: entityId, action,
      before: beforeJson, after: afterJson, ip: '10.0.0.8',
    });
    roomA = 990001;
    await db.insertInto('audit_events').values([
      event('2026-03-01T15:30:00.000Z', String(roomA), 'create', null, '{"name":"101","floor":1}'),
      event('2026-03-01T16:30:00.000Z', String(roomA), 'update', '{"name":"101"}', '{"name":"一(1)班教室"}'),
    ]).execute();
  });
  after(async () => { await w.ts.close(); });

  it('answers 401 without a session and 403 to roles without the audit permission', async () => {
    const anon = w.ts.client();
    for (const url of ['/api/v1/audit', '/api/v1/audit/export.xlsx', '/api/v1/audit/entity/room/1', '/api/v1/audit/vocabulary']) {
      assert.equal((await anon.get(url)).status, 401, url);
    }
    const teacher = await w.ts.as('teacher');
    const denied = await teacher.get('/api/v1/audit');
    assert.equal(denied.status, 403);
    assert.match(String(denied.body.message), /没有权限/);
    const keeper = await w.ts.as('storekeeper');
    assert.equal((await keeper.get('/api/v1/audit')).status, 200, 'the storekeeper may read the trail');
    assert.equal((await keeper.get('/api/v1/audit/export.xlsx')).status, 403, 'but not export it');
  });

  it('lists the school\'s trail newest first with Chinese labels and field changes, and nothing of other schools', async () => {
    const c = await w.ts.as('sysadmin');
    const page = await c.get<Page>('/api/v1/audit?pageSize=200');
    assert.equal(page.status, 200);
    assert.ok(page.body.items.every((i) => i.schoolId === w.schoolA), 'school B events stay hidden');
    assert.ok(!page.body.items.some((i) => i.entityId === String(userB) && i.entity === 'user'));
    const ats = page.body.items.map((i) => i.at);
    assert.deepEqual(ats, [...ats].sort().reverse(), 'newest first');
    const login = page.body.items.find((i) => i.action === 'login');
    assert.deepEqual([login?.actionLabel, login?.entityLabel, login?.schoolName], ['登录', '登录', '示范小学']);
    const created = page.body.items.find((i) => i.entity === 'user' && i.action === 'create' && i.changes.some((ch) => ch.after === '一校保管员'));
    assert.ok(created, 'the user creation is there');
    assert.equal(created?.actionLabel, '新建');
    assert.ok(!created?.changes.some((ch) => ch.field === 'password_hash'), 'no password hash in the trail');
    const roles = page.body.items.find((i) => i.action === 'roles' && i.entityId === created?.entityId);
    assert.equal(roles?.actionLabel, '角色变更');
  });

  it('filters by entity, record, action and actor, and pages in SQL', async () => {
    const c = await w.ts.as('sysadmin');
    const byEntity = await c.get<Page>(`/api/v1/audit?entity=room&entityId=${roomA}`);
    assert.deepEqual(byEntity.body.items.map((i) => i.action), ['update', 'create']);
    assert.deepEqual(byEntity.body.items[0]?.changes, [{ field: 'name', fieldLabel: '名称', before: '101', after: '一(1)班教室' }]);
    const byAction = await c.get<Page>('/api/v1/audit?action=update&entity=room');
    assert.equal(byAction.body.total, 1);
    const actorId = byEntity.body.items[0]?.actorId;
    const byActor = await c.get<Page>(`/api/v1/audit?actorId=${actorId}&pageSize=1&page=2`);
    assert.equal(byActor.body.items.length, 1);
    assert.ok(byActor.body.total >= 2);
    assert.equal(byActor.body.page, 2);
    assert.ok(byActor.body.items.every((i) => i.actorId === actorId));
  });

  it('reads from/to as dates in the school\'s time zone', async () => {
    const c = await w.ts.as('sysadmin');
    const march1 = await c.get<Page>('/api/v1/audit?entity=room&from=2026-03-01&to=2026-03-01');
    assert.deepEqual(march1.body.items.map((i) => i.action), ['create'], '15:30Z is 23:30 on 1 March in Shanghai');
    const march2 = await c.get<Page>('/api/v1/audit?entity=room&from=2026-03-02&to=2026-03-02');
    assert.deepEqual(march2.body.items.map((i) => i.action), ['update'], '16:30Z is 00:30 on 2 March in Shanghai');
    const open = await c.get<Page>('/api/v1/audit?entity=room&from=2026-03-02');
    assert.equal(open.body.total, 1);
  });

  it('rejects bad filters with a Chinese message naming the field', async () => {
    const c = await w.ts.as('sysadmin');
    const reversed = await c.get('/api/v1/audit?from=2026-03-05&to=2026-03-01');
    assert.equal(reversed.status, 400);
    assert.deepEqual((reversed.body.fields as { field: string }[]).map((f) => f.field), ['to']);
    const cases: [string, RegExp][] = [
      ['from=2026-13-45', /开始日期/], ['actorId=abc', /操作人/], ['pageSize=5000', /每页条数/], ['entity=Room;drop', /对象类型/], ['foo=1', /foo/],
    ];
    for (const [query, label] of cases) {
      const res = await c.get(`/api/v1/audit?${query}`);
      assert.equal(res.status, 400, query);
      assert.match(String(res.body.message), label, query);
    }
    assert.equal((await c.get('/api/v1/audit/entity/room/' + 'x'.repeat(65))).status, 400);
  });

  it('shows one record\'s history, and an empty history for another school\'s record', async () => {
    const c = await w.ts.as('sysadmin');
    const mine = await c.get<Page>(`/api/v1/audit/entity/room/${roomA}`);
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.items.map((i) => i.actionLabel), ['修改', '新建']);
    const theirs = await c.get<Page>(`/api/v1/audit/entity/user/${userB}`);
    assert.equal(theirs.status, 200);
    assert.deepEqual([theirs.body.total, theirs.body.items.length], [0, 0]);
    const b = await w.ts.as('b-sysadmin');
    const own = await b.get<Page>(`/api/v1/audit/entity/user/${userB}`);
    assert.deepEqual(own.body.items.map((i) => i.action).sort(), ['create', 'roles']);
  });

  it('lets a bureau inspector read every school of the district, narrowed by school on request', async () => {
    const c = await w.ts.as('inspector');
    const all = await c.get<Page>('/api/v1/audit?entity=user&action=create&pageSize=200');
    const schools = new Set(all.body.items.map((i) => i.schoolName));
    assert.deepEqual([...schools].sort(), ['示范小学', '第二实验小学'].sort());
    const onlyB = await c.get<Page>(`/api/v1/audit?entity=user&action=create&schoolId=${w.schoolB}`);
    assert.ok(onlyB.body.total > 0);
    assert.ok(onlyB.body.items.every((i) => i.schoolId === w.schoolB));
    const foreign = await (await w.ts.as('b-sysadmin')).get<Page>(`/api/v1/audit?schoolId=${w.schoolA}`);
    assert.equal(foreign.body.total, 0, 'a school admin cannot widen the scope with schoolId');
  });

  it('exports the filtered trail to Excel', async () => {
    const c = await w.ts.as('principal');
    const res = await c.get(`/api/v1/audit/export.xlsx?entity=room&entityId=${roomA}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
    assert.match(decodeURIComponent(res.headers.get('content-disposition') ?? ''), /变更记录-\d{4}-\d{2}-\d{2}\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('变更记录');
    assert.equal(sheet?.rowCount, 3);
    assert.deepEqual((sheet?.getRow(2).values as unknown[]).slice(1, 7), ['2026-03-02 00:30:00', '示范小学', 'sysadmin', '修改', '房间', String(roomA)]);
    assert.equal(sheet?.getRow(2).getCell(7).value, '名称：101 → 一(1)班教室');
    const bad = await c.get('/api/v1/audit/export.xlsx?to=yesterday');
    assert.equal(bad.status, 400);
  });

  it('offers the entity and action vocabulary for the filter menus', async () => {
    const c = await w.ts.as('sysadmin');
    const res = await c.get<{ entities: { key: string; label: string }[]; actions: { key: string; label: string }[] }>('/api/v1/audit/vocabulary');
    assert.ok(res.body.actions.some((a) => a.key === 'password_reset' && a.label === '重置密码'));
    assert.ok(res.body.entities.some((e) => e.key === 'room' && e.label === '房间'));
  });

  it('is append-only: the API has no way to change or remove an event', async () => {
    const db = w.ts.server.db.kysely;
    const target = await db.selectFrom('audit_events').selectAll().where('entity_id', '=', String(roomA)).where('action', '=', 'create').executeTakeFirstOrThrow();
    const c = await w.ts.as('sysadmin');
    const attempts = [
      c.patch(`/api/v1/audit/${target.id}`, { after: '{}' }),
      c.put(`/api/v1/audit/${target.id}`, { after: '{}' }),
      c.delete(`/api/v1/audit/${target.id}`),
      c.delete('/api/v1/audit'),
      c.post('/api/v1/audit', { entity: 'room', entityId: '1', action: 'create' }),
      c.delete(`/api/v1/audit/entity/room/${roomA}`),
    ];
    for (const res of await Promise.all(attempts)) {
      assert.equal(res.status, 404);
      assert.equal(res.body.code, 'NOT_FOUND');
    }
    const docs = await c.get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs/json');
    const auditOps = Object.entries(docs.body.paths).filter(([p]) => p.startsWith('/api/v1/audit')).flatMap(([, ops]) => Object.keys(ops));
    assert.ok(auditOps.length >= 4);
    assert.deepEqual([...new Set(auditOps)], ['get'], 'only reads are published');
    const unchanged = await db.selectFrom('audit_events').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    assert.deepEqual(unchanged, target);
  });
});
