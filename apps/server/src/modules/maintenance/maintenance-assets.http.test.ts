import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { localDate } from '../../platform/calendar/time-zone.js';
import { assetWorld, desk } from '../assets/assets.fixtures.js';
import { userIdOf } from '../repairs/repairs.fixtures.js';

type Body = Record<string, unknown>;
interface Plan { id: number; version: number; targetType: string; targetText: string; assets: { id: number; code: string; disposed: boolean }[]; assetCategoryName: string | null }
interface ErrorBody { code: string; message: string; fields?: { field: string; message: string }[] }

const today = () => localDate(new Date(), 'Asia/Shanghai');

describe('maintenance plans over assets (按资产保养)', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let headB: ApiClient;
  let teacher: ApiClient;
  let tech: ApiClient;
  let techId = 0;
  let world: Awaited<ReturnType<typeof assetWorld>>;
  const acIds: number[] = [];
  let otherSchoolAsset = 0;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    await makeUser(db, { schoolId: w.schoolB, staffNo: 'b-head', roles: ['logistics_head'] });
    head = await w.ts.as('logistics_head');
    headB = await w.ts.as('b-head');
    teacher = await w.ts.as('teacher');
    tech = await w.ts.as('technician');
    techId = await userIdOf(db, 'technician', w.schoolA);
    world = await assetWorld(head);
    const ac = (room: string) => head.post<Body>('/api/v1/assets', {
      ...desk(world.category('2100000-02')), name: '壁挂空调', unit: '台', originalValueFen: 320_000, roomId: world.roomId(room),
    });
    for (const room of ['三年级1班教室', '三年级2班教室', '三年级2班教室']) {
      const res = await ac(room);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      acIds.push(Number(res.body.id));
    }
    await assetWorld(headB);
    const cats = await headB.get<{ items: Body[] }>('/api/v1/asset-categories');
    const bCategory = Number(cats.body.items.find((c) => c.code === '2100000-02')?.id);
    otherSchoolAsset = Number((await headB.post<Body>('/api/v1/assets', { ...desk(bCategory), name: 'B校空调' })).body.id);
  });
  after(async () => { await w.ts.close(); });

  const daily = (extra: Body) => ({
    name: '每日检查空调', schedule: { kind: 'daily' }, holidayPolicy: 'ignore', leadDays: 0, startDate: today(), assigneeId: techId, ...extra,
  });

  it('answers 401 without login and 403 to a teacher for an asset plan', async () => {
    const body = daily({ targetType: 'assets', assetIds: [acIds[0]] });
    assert.equal((await w.ts.client().post('/api/v1/maintenance-plans', body)).status, 401);
    assert.equal((await teacher.post('/api/v1/maintenance-plans', body)).status, 403);
  });

  it("rejects another school's card, a missing choice and another school's category, naming the field", async () => {
    const foreign = await head.post<ErrorBody>('/api/v1/maintenance-plans', daily({ targetType: 'assets', assetIds: [acIds[0], otherSchoolAsset] }));
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.fields?.[0]?.field, 'assetIds');
    assert.match(foreign.body.message, /资产/);
    const none = await head.post<ErrorBody>('/api/v1/maintenance-plans', daily({ targetType: 'assets', assetIds: [] }));
    assert.equal(none.body.fields?.[0]?.field, 'assetIds');
    const noCategory = await head.post<ErrorBody>('/api/v1/maintenance-plans', daily({ targetType: 'asset_category' }));
    assert.equal(noCategory.status, 400);
    assert.equal(noCategory.body.fields?.[0]?.field, 'assetCategoryId');
    const cats = await headB.get<{ items: Body[] }>('/api/v1/asset-categories');
    const bCategory = Number(cats.body.items.find((c) => c.code === '2100000-02')?.id);
    const foreignCategory = await head.post<ErrorBody>('/api/v1/maintenance-plans', daily({ targetType: 'asset_category', assetCategoryId: bCategory }));
    assert.equal(foreignCategory.status, 400);
    assert.equal(foreignCategory.body.fields?.[0]?.field, 'assetCategoryId');
    const badType = await head.post<ErrorBody>('/api/v1/maintenance-plans', daily({ targetType: 'assets', assetIds: ['x'] }));
    assert.equal(badType.status, 400);
  });

  it('generates one job per card with the card on the request and its timeline, skipping a disposed card', async () => {
    const created = await head.post<Plan>('/api/v1/maintenance-plans', daily({ name: '空调逐台检查', targetType: 'assets', assetIds: acIds, grouping: 'each' }));
    assert.equal(created.status, 200, JSON.stringify(created.body));
    assert.equal(created.body.targetText, '壁挂空调、壁挂空调 等 3 件资产，每件一张工单');
    assert.equal(created.body.assets.length, 3);
    const db = w.ts.server.db.kysely;
    // why: disposal belongs to a later workflow; the card leaving the books is what matters here.
    await db.updateTable('assets').set({ status: 'disposed', disposed_on: today() }).where('id', '=', acIds[2] ?? 0).execute();

    const generated = await head.post<{ created: number; workOrderIds: number[]; plan: Plan }>(`/api/v1/maintenance-plans/${created.body.id}/generate`, {});
    assert.equal(generated.status, 200, JSON.stringify(generated.body));
    assert.equal(generated.body.created, 2);
    assert.deepEqual(generated.body.plan.assets.map((a) => a.disposed), [false, false, true]);
    const requests = await db.selectFrom('repair_requests').select(['asset_id', 'room_id', 'description']).where('source', '=', 'maintenance')
      .where('school_id', '=', w.schoolA).orderBy('asset_id').execute();
    assert.deepEqual(requests.map((r) => [r.asset_id, r.room_id]), [[acIds[0], world.roomId('三年级1班教室')], [acIds[1], world.roomId('三年级2班教室')]]);
    assert.match(requests[0]?.description ?? '', /^【计划保养】空调逐台检查 · 教学楼 三年级1班教室 · 壁挂空调（ZC\d+）/);

    const history = await head.get<{ items: { kind: string; note: string | null }[] }>(`/api/v1/assets/${acIds[0]}/history`);
    assert.ok(history.body.items.some((e) => e.kind === 'maintenance' && /计划保养：空调逐台检查/.test(e.note ?? '')), JSON.stringify(history.body.items));
    // Two jobs at once reach the technician as one summary, not two pings.
    const inbox = await tech.get<{ items: { title: string; link: string | null }[] }>('/api/v1/notifications');
    assert.deepEqual(inbox.body.items.filter((n) => n.title.includes('空调逐台检查')).map((n) => [n.title, n.link]), [['新保养工单 2 张：空调逐台检查', '/m/work-orders']]);
    const disposedHistory = await head.get<{ items: { kind: string }[] }>(`/api/v1/assets/${acIds[2]}/history`);
    assert.ok(!disposedHistory.body.items.some((e) => e.kind === 'maintenance'));

    const occ = await head.get<{ items: { targetName: string; status: string }[] }>(`/api/v1/maintenance-occurrences?from=${today()}&to=${today()}&planId=${created.body.id}`);
    assert.deepEqual(occ.body.items.filter((o) => o.status === 'open').map((o) => o.targetName.replace(/ZC\d+/, 'ZC')).sort(),
      ['教学楼 三年级1班教室 · 壁挂空调（ZC）', '教学楼 三年级2班教室 · 壁挂空调（ZC）']);

    // A later edit keeps the cards still on the books and checks the version.
    const renamed = await head.patch<Plan>(`/api/v1/maintenance-plans/${created.body.id}`, { version: generated.body.plan.version, name: '空调逐台检查（改）' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal(renamed.body.assets.length, 2);
    const stale = await head.patch<ErrorBody>(`/api/v1/maintenance-plans/${created.body.id}`, { version: generated.body.plan.version, name: 'x' });
    assert.equal(stale.status, 409);
    assert.equal((await headB.get(`/api/v1/maintenance-plans/${created.body.id}`)).status, 404);
  });

  it('covers every card of a category and its sub-categories, together or one job each', async () => {
    const parent = world.category('2100000');
    const together = await head.post<Plan>('/api/v1/maintenance-plans', daily({ name: '机械设备合并检查', targetType: 'asset_category', assetCategoryId: parent, grouping: 'together' }));
    assert.equal(together.status, 200, JSON.stringify(together.body));
    assert.equal(together.body.targetText, '全部「机械设备」');
    const one = await head.post<{ created: number }>(`/api/v1/maintenance-plans/${together.body.id}/generate`, {});
    assert.equal(one.body.created, 1);
    const db = w.ts.server.db.kysely;
    const request = await db.selectFrom('repair_requests as rr').innerJoin('maintenance_occurrences as o', 'o.id', 'rr.maintenance_occurrence_id')
      .select(['rr.asset_id', 'rr.room_id', 'rr.location_text']).where('o.plan_id', '=', together.body.id).executeTakeFirstOrThrow();
    // The two cards on the books stand in two rooms: one job, no single card, no single room.
    assert.deepEqual(request, { asset_id: null, room_id: null, location_text: '全部机械设备（2件）' });

    const each = await head.post<Plan>('/api/v1/maintenance-plans', daily({ name: '空调分台检查', targetType: 'asset_category', assetCategoryId: world.category('2100000-02'), grouping: 'each' }));
    assert.equal(each.body.targetText, '全部「空调设备」，每件一张工单');
    const two = await head.post<{ created: number }>(`/api/v1/maintenance-plans/${each.body.id}/generate`, {});
    assert.equal(two.body.created, 2);
    const filtered = await head.get<{ total: number; items: Plan[] }>('/api/v1/maintenance-plans?targetType=asset_category');
    assert.equal(filtered.body.total, 2);
  });

  it('makes 入夏前清洗空调 target the 空调设备 category when the school has air conditioners on the books', async () => {
    const templates = await head.get<{ items: { key: string; targetType: string; targetText: string }[] }>('/api/v1/maintenance-plan-templates');
    const ac = templates.body.items.find((t) => t.key === 'ac_before_summer');
    assert.deepEqual([ac?.targetType, ac?.targetText], ['asset_category', '全部「空调设备」']);
    const plan = await head.post<Plan>('/api/v1/maintenance-plans/from-template', { templateKey: 'ac_before_summer', assigneeId: techId });
    assert.equal(plan.status, 200, JSON.stringify(plan.body));
    assert.equal(plan.body.assetCategoryName, '空调设备');
    // School B has one air conditioner too; once it leaves the books the template falls back to the whole-school reminder.
    const bTemplates = await headB.get<{ items: { key: string; targetType: string }[] }>('/api/v1/maintenance-plan-templates');
    assert.equal(bTemplates.body.items.find((t) => t.key === 'ac_before_summer')?.targetType, 'asset_category');
    await w.ts.server.db.kysely.updateTable('assets').set({ status: 'disposed' }).where('id', '=', otherSchoolAsset).execute();
    const emptied = await headB.get<{ items: { key: string; targetType: string; targetText: string }[] }>('/api/v1/maintenance-plan-templates');
    const fallback = emptied.body.items.find((t) => t.key === 'ac_before_summer');
    assert.deepEqual([fallback?.targetType, fallback?.targetText], ['school', '全校']);
  });
});
