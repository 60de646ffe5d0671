import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import { makeRoom } from '../../qr/qr.fixtures.js';
import { categoryIdOf, uploadDraftPhoto, userIdOf } from '../repairs.fixtures.js';

interface Wo { id: number; version: number }
interface Dashboard {
  from: string; to: string;
  current: { openWorkOrders: number; overdue: number; pendingDispatch: number; awaitingAcceptance: number; pendingTriage: number };
  categories: { id: number; name: string }[];
  months: { key: string; requests: number; completed: number; completedOnTime: number; onTimeShare: number | null; costFen: number; byCategory: { categoryId: number; requests: number; costFen: number }[] }[];
  resolutionByCategory: { label: string; count: number; medianMinutes: number | null; p90Minutes: number | null }[];
}

describe('repair dashboard (维修看板)', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let teacher: ApiClient;
  let tech: ApiClient;
  let water = 0;
  let power = 0;
  const thisMonth = localDate(new Date(), 'Asia/Shanghai').slice(0, 7);

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    const room = await makeRoom(db, w.schoolA, { name: '科学实验室', buildingName: '实验楼', floor: 2 });
    head = await w.ts.as('logistics_head');
    teacher = await w.ts.as('teacher');
    tech = await w.ts.as('technician');
    const techId = await userIdOf(db, 'technician', w.schoolA);
    water = await categoryIdOf(db, w.schoolA, '水');
    power = await categoryIdOf(db, w.schoolA, '电');
    const report = async (categoryId: number, description: string) => {
      const res = await teacher.post<{ workOrder: Wo }>('/api/v1/repair-requests', { roomId: room, categoryId, description, urgency: 'urgent' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.workOrder;
    };
    const finish = async (wo: Wo, costFen: number) => {
      let v = (await head.post<{ items: Wo[] }>('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: wo.id, version: wo.version }] })).body.items[0]!.version;
      v = (await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/accept`, { version: v })).body.version;
      v = (await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/start`, { version: v })).body.version;
      const photo = await uploadDraftPhoto(tech, techId);
      const done = await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/complete`, { version: v, laborHours: 1, costFen, photoFileIds: [photo.body.id] });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      return done.body;
    };
    // Confirmed (20 yuan), completed and waiting for 验收 (5 yuan), and one open that is already late.
    const first = await finish(await report(water, '水管漏水'), 2000);
    assert.equal((await teacher.post(`/api/v1/work-orders/${first.id}/confirm`, { version: first.version, rating: 5 })).status, 200);
    await finish(await report(power, '灯管不亮'), 500);
    const late = await report(power, '插座没电');
    // why: an overdue job needs its deadline in the past; waiting four working hours is not a test.
    await db.kysely.updateTable('work_orders').set({ resolve_due_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', late.id).where('school_id', '=', w.schoolA).execute();
  });
  after(async () => { await w.ts.close(); });

  it('shows what is on the desk now, a 12-month trend and resolution times by category', async () => {
    const res = await head.get<Dashboard>('/api/v1/repair-reports/dashboard');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const d = res.body;
    assert.equal(d.from, `${thisMonth}-01`, 'this month by default');
    assert.deepEqual(d.current, { openWorkOrders: 1, overdue: 1, pendingDispatch: 1, awaitingAcceptance: 1, pendingTriage: 0 });
    assert.equal(d.months.length, 12);
    assert.equal(d.months[11]?.key, thisMonth);
    assert.ok(d.months.slice(0, 11).every((m) => m.requests === 0), 'nothing before this month');
    const now = d.months[11]!;
    assert.deepEqual([now.requests, now.completed, now.completedOnTime, now.onTimeShare, now.costFen], [3, 2, 2, 1, 2500]);
    const byCat = Object.fromEntries(now.byCategory.map((c) => [d.categories.find((x) => x.id === c.categoryId)?.name, [c.requests, c.costFen]]));
    assert.deepEqual(byCat, { 水: [1, 2000], 电: [2, 500] });
    assert.ok(d.categories.some((c) => c.name === '空调'), 'every active category is in the legend');
    assert.deepEqual(d.resolutionByCategory.map((r) => [r.label, r.count]).sort(), [['水', 1], ['电', 1]]);
    assert.ok(d.resolutionByCategory.every((r) => (r.medianMinutes ?? -1) >= 0 && (r.p90Minutes ?? -1) >= (r.medianMinutes ?? 0)));
  });

  it('ends the trend with the chosen period', async () => {
    const res = await head.get<Dashboard>('/api/v1/repair-reports/dashboard?from=2026-01-01&to=2026-03-31');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.months[0]?.key, res.body.months[11]?.key], ['2025-04', '2026-03']);
    assert.deepEqual(res.body.resolutionByCategory, []);
    assert.equal(res.body.current.openWorkOrders, 1, 'the desk is the desk whatever the period');
  });

  it('shows a school without repairs as zeros, for the bureau naming it', async () => {
    const inspector = await w.ts.as('inspector');
    const res = await inspector.get<Dashboard>(`/api/v1/repair-reports/dashboard?schoolId=${w.schoolB}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.current, { openWorkOrders: 0, overdue: 0, pendingDispatch: 0, awaitingAcceptance: 0, pendingTriage: 0 });
    assert.ok(res.body.months.every((m) => m.requests === 0 && m.onTimeShare === null));
    assert.equal((await inspector.get('/api/v1/repair-reports/dashboard')).status, 400, 'a bureau account names the school');
  });

  it('refuses the wrong people, other schools and bad periods', async () => {
    assert.equal((await w.ts.client().get('/api/v1/repair-reports/dashboard')).status, 401);
    assert.equal((await teacher.get('/api/v1/repair-reports/dashboard')).status, 403);
    assert.equal((await tech.get('/api/v1/repair-reports/dashboard')).status, 403, 'a technician sees only their own jobs');
    assert.equal((await head.get(`/api/v1/repair-reports/dashboard?schoolId=${w.schoolB}`)).status, 404);
    const bad = await head.get<{ fields: { field: string }[] }>('/api/v1/repair-reports/dashboard?to=2026-13-01');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.fields[0]?.field, 'to');
    assert.equal((await head.get('/api/v1/repair-reports/dashboard?from=2026-11-10&to=2026-11-01')).status, 400);
    assert.equal((await head.get('/api/v1/repair-reports/dashboard?extra=1')).status, 400);
  });
});
