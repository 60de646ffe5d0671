import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { makeRoom } from '../../qr/qr.fixtures.js';
import { categoryIdOf, inbox, uploadDraftPhoto, userIdOf } from '../repairs.fixtures.js';
import { makeContractorAccount } from './contractors.fixtures.js';

interface WorkOrder {
  id: number; requestId: number; status: string; version: number; assigneeId: number | null; assigneeName: string | null;
  contractorId: number | null; contractorName: string | null; quoteFen: number | null; abilities: Record<string, boolean>;
  timeline: { kind: string; kindLabel: string; note: string | null; data: Record<string, unknown> }[];
  assignments: { contractorName: string | null; reason: string | null; endedAt: string | null }[];
  completion: { costFen: number; laborHours: number } | null;
}
interface Page<T> { items: T[]; total: number }
interface ErrorBody { code: string; message: string; fields?: { field: string; message: string }[] }

describe('委外: outsourcing work orders to contractors, and what a contractor account sees', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let teacher: ApiClient;
  let tech: ApiClient;
  let ha1: ApiClient;
  let ha2: ApiClient;
  let other: ApiClient;
  let hengan = 0;
  let otherCo = 0;
  let bContractor = 0;
  let roomA = 0;
  let water = 0;
  let ha1Id = 0;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    roomA = await makeRoom(db, w.schoolA, { name: '二楼卫生间', buildingName: '教学楼', floor: 2 });
    water = await categoryIdOf(db, w.schoolA, '水');
    head = await w.ts.as('logistics_head');
    teacher = await w.ts.as('teacher');
    tech = await w.ts.as('technician');
    const made = await head.post<{ id: number }>('/api/v1/repair-contractors', { name: '恒安水电维修部', contactName: '周师傅', phone: '13800000001', categoryIds: [water] });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    hengan = made.body.id;
    otherCo = (await head.post<{ id: number }>('/api/v1/repair-contractors', { name: '顺达门窗' })).body.id;
    const b = await w.ts.as('b-sysadmin');
    bContractor = (await b.post<{ id: number }>('/api/v1/repair-contractors', { name: '外校维修商' })).body.id;
    ha1Id = await makeContractorAccount(db, w.schoolA, hengan, 'ha1', '周师傅');
    await makeContractorAccount(db, w.schoolA, hengan, 'ha2', '吴师傅');
    await makeContractorAccount(db, w.schoolA, otherCo, 'sd1', '顺达师傅');
    ha1 = await w.ts.as('ha1');
    ha2 = await w.ts.as('ha2');
    other = await w.ts.as('sd1');
  });
  after(async () => { await w.ts.close(); });

  async function report(description = '水管漏水'): Promise<{ woId: number; version: number }> {
    const res = await teacher.post<{ workOrder: { id: number; version: number } }>('/api/v1/repair-requests', { roomId: roomA, categoryId: water, description, urgency: 'urgent' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return { woId: res.body.workOrder.id, version: res.body.workOrder.version };
  }
  const show = async (c: ApiClient, id: number) => c.get<WorkOrder>(`/api/v1/work-orders/${id}`);

  it('outsources with a quote, the contractor completes with its cost, and the requester confirms', async () => {
    const db = w.ts.server.db;
    const { woId, version } = await report();
    const out = await head.post<WorkOrder>(`/api/v1/work-orders/${woId}/outsource`, { version, contractorId: hengan, quoteFen: 35000, note: '需要专业管道设备' });
    assert.equal(out.status, 200, JSON.stringify(out.body));
    assert.deepEqual([out.body.status, out.body.contractorName, out.body.quoteFen, out.body.assigneeId], ['assigned', '恒安水电维修部', 35000, null]);
    const hop = out.body.assignments.at(-1);
    assert.deepEqual([hop?.contractorName, hop?.reason], ['恒安水电维修部', '需要专业管道设备'], 'the 转单 chain keeps the contractor hop');
    const event = out.body.timeline.at(-1);
    assert.deepEqual([event?.kindLabel, event?.data.contractorName, event?.data.quoteFen], ['委外', '恒安水电维修部', 35000]);
    assert.match((await inbox(db, ha1Id, 'repair.assigned')).at(-1)?.title ?? '', /新维修工单 WX\d{6}：水/);

    for (const c of [ha1, ha2]) {
      const queue = await c.get<Page<WorkOrder>>('/api/v1/work-orders/queue');
      assert.deepEqual(queue.body.items.map((i) => i.id), [woId], 'every account of the company sees it waiting');
    }
    assert.equal((await other.get<Page<WorkOrder>>('/api/v1/work-orders/queue')).body.total, 0);
    assert.equal((await show(other, woId)).status, 404, "another contractor's order is 404");
    assert.equal((await show(tech, woId)).status, 404);

    let wo = (await show(ha1, woId)).body;
    assert.equal(wo.abilities.accept, true);
    wo = (await ha1.post<WorkOrder>(`/api/v1/work-orders/${woId}/accept`, { version: wo.version })).body;
    assert.deepEqual([wo.status, wo.assigneeName, wo.contractorName], ['accepted', '周师傅', '恒安水电维修部']);
    assert.equal((await ha2.get<Page<WorkOrder>>('/api/v1/work-orders/queue')).body.total, 0, 'taken by a colleague');
    assert.equal((await ha2.post(`/api/v1/work-orders/${woId}/start`, { version: wo.version })).status, 403);

    wo = (await ha1.post<WorkOrder>(`/api/v1/work-orders/${woId}/start`, { version: wo.version })).body;
    const photo = await uploadDraftPhoto(ha1, ha1Id);
    assert.equal(photo.status, 200, JSON.stringify(photo.body));
    const noCost = await ha1.post<ErrorBody>(`/api/v1/work-orders/${woId}/complete`, { version: wo.version, laborHours: 2, photoFileIds: [photo.body.id] });
    assert.equal(noCost.status, 400);
    assert.equal(noCost.body.fields?.[0]?.field, 'costFen');
    assert.match(noCost.body.message, /实际费用/);
    const done = await ha1.post<WorkOrder>(`/api/v1/work-orders/${woId}/complete`, { version: wo.version, laborHours: 2, costFen: 32000, photoFileIds: [photo.body.id] });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual([done.body.status, done.body.quoteFen, done.body.completion?.costFen], ['completed', 35000, 32000], 'quote vs actual');
    const files = await ha1.get<{ items: { id: number }[] }>(`/api/v1/files?ownerType=work_order&ownerId=${woId}`);
    assert.deepEqual(files.body.items.map((f) => f.id), [photo.body.id]);

    assert.equal((await ha1.post(`/api/v1/work-orders/${woId}/confirm`, { version: done.body.version, rating: 5 })).status, 403);
    const confirmed = await teacher.post<WorkOrder>(`/api/v1/work-orders/${woId}/confirm`, { version: done.body.version, rating: 5, comment: '修得很好' });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.status, 'confirmed');
    const board = await head.get<Page<WorkOrder>>('/api/v1/work-orders?state=all');
    const row = board.body.items.find((i) => i.id === woId);
    assert.deepEqual([row?.contractorName, row?.quoteFen], ['恒安水电维修部', 35000], 'the board shows who and for how much');
    assert.equal((await ha1.get(`/api/v1/files?ownerType=work_order&ownerId=${woId}`)).status, 200);
  });

  it('shows a contractor account only the work outsourced to its company', async () => {
    const inHouse = await report('门锁坏了');
    const theirs = await report('热水器不热');
    assert.equal((await head.post(`/api/v1/work-orders/${theirs.woId}/outsource`, { version: theirs.version, contractorId: otherCo })).status, 200);
    const list = await ha1.get<Page<WorkOrder>>('/api/v1/work-orders?state=all');
    assert.equal(list.status, 200);
    assert.ok(list.body.items.length >= 1);
    assert.ok(list.body.items.every((i) => i.contractorName === '恒安水电维修部'), 'only its own company\'s work');
    assert.equal((await show(ha1, inHouse.woId)).status, 404);
    assert.equal((await show(ha1, theirs.woId)).status, 404, "another contractor's order is 404");
    const requestId = (await show(head, inHouse.woId)).body.requestId;
    assert.equal((await ha1.get(`/api/v1/repair-requests/${requestId}`)).status, 404);
    const requests = await ha1.get<Page<{ workOrder: { contractorName: string | null } | null }>>('/api/v1/repair-requests');
    assert.ok(requests.body.items.every((r) => r.workOrder?.contractorName === '恒安水电维修部'));
    const files = await ha1.get(`/api/v1/files?ownerType=work_order&ownerId=${inHouse.woId}`);
    assert.equal(files.status, 404, 'nor the photos of other work');
    for (const path of ['/api/v1/rooms', '/api/v1/users', '/api/v1/work-orders/technicians', '/api/v1/repair-contractors']) {
      assert.equal((await ha1.get(path)).status, 403, path);
    }
    assert.equal((await ha1.post('/api/v1/repair-requests', { roomId: roomA, categoryId: water, description: 'x', urgency: 'urgent' })).status, 403);
  });

  it('leaves outsourcing to dispatchers and checks the state, the version, the quote and the contractor', async () => {
    const { woId, version } = await report('水龙头坏了');
    const body = { version, contractorId: hengan, quoteFen: 1000 };
    assert.equal((await w.ts.client().post(`/api/v1/work-orders/${woId}/outsource`, body)).status, 401);
    assert.equal((await tech.post(`/api/v1/work-orders/${woId}/outsource`, body)).status, 403, 'a technician cannot outsource');
    assert.equal((await ha1.post(`/api/v1/work-orders/${woId}/outsource`, body)).status, 403);
    for (const quoteFen of [-1, 'abc', 12.5]) {
      const bad = await head.post<ErrorBody>(`/api/v1/work-orders/${woId}/outsource`, { ...body, quoteFen });
      assert.equal(bad.status, 400, String(quoteFen));
      assert.equal(bad.body.fields?.[0]?.field, 'quoteFen');
      assert.match(bad.body.message, /报价/);
    }
    const foreign = await head.post<ErrorBody>(`/api/v1/work-orders/${woId}/outsource`, { ...body, contractorId: bContractor });
    assert.equal(foreign.status, 404, "another school's contractor is absent");
    assert.match(foreign.body.message, /外包单位/);
    const stale = await head.post(`/api/v1/work-orders/${woId}/outsource`, { ...body, version: version + 5 });
    assert.equal(stale.status, 409);

    const ok = await head.post<WorkOrder>(`/api/v1/work-orders/${woId}/outsource`, body);
    assert.equal(ok.status, 200);
    const again = await head.post<ErrorBody>(`/api/v1/work-orders/${woId}/outsource`, { ...body, version: ok.body.version });
    assert.equal(again.status, 400);
    assert.equal(again.body.fields?.[0]?.field, 'contractorId');
    const staleAfter = await head.post(`/api/v1/work-orders/${woId}/outsource`, { ...body, contractorId: otherCo });
    assert.equal(staleAfter.status, 409, 'the version the dispatcher saw is gone');

    // Work done and waiting for acceptance cannot be outsourced.
    let wo = (await ha1.post<WorkOrder>(`/api/v1/work-orders/${woId}/accept`, { version: ok.body.version })).body;
    wo = (await ha1.post<WorkOrder>(`/api/v1/work-orders/${woId}/start`, { version: wo.version })).body;
    const settings = await head.get<{ version: number }>('/api/v1/repair-settings');
    await head.put('/api/v1/repair-settings', { version: settings.body.version, completionPhotoRequired: false });
    wo = (await ha1.post<WorkOrder>(`/api/v1/work-orders/${woId}/complete`, { version: wo.version, laborHours: 1, costFen: 900 })).body;
    assert.equal(wo.status, 'completed');
    const late = await head.post<ErrorBody>(`/api/v1/work-orders/${woId}/outsource`, { version: wo.version, contractorId: otherCo });
    assert.equal(late.status, 409);
    assert.match(late.body.message, /工单当前状态为「待验收」，不能委外/);
  });

  it('keeps contractor accounts off the in-house lists, and takes the job back with 转单', async () => {
    const techs = await head.get<{ items: { id: number; name: string }[] }>('/api/v1/work-orders/technicians');
    assert.ok(!techs.body.items.some((t) => t.id === ha1Id), 'contractor accounts are not technicians');
    const { woId, version } = await report('洗手池堵塞');
    const direct = await head.post<ErrorBody>('/api/v1/work-orders/assign', { assigneeId: ha1Id, items: [{ id: woId, version }] });
    assert.equal(direct.status, 400);
    assert.equal(direct.body.fields?.[0]?.field, 'assigneeId');
    assert.match(direct.body.message, /委外/);

    const out = await head.post<WorkOrder>(`/api/v1/work-orders/${woId}/outsource`, { version, contractorId: hengan, quoteFen: 5000 });
    const techId = await userIdOf(w.ts.server.db, 'technician', w.schoolA);
    const back = await head.post<WorkOrder>(`/api/v1/work-orders/${woId}/reassign`, { version: out.body.version, assigneeId: techId, reason: '报价太高，自己修' });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.deepEqual([back.body.contractorName, back.body.quoteFen, back.body.assigneeId], [null, null, techId]);
    assert.deepEqual(back.body.assignments.map((a) => [a.contractorName, a.reason]), [['恒安水电维修部', '委外'], [null, '报价太高，自己修']]);
    assert.equal((await show(ha1, woId)).status, 404, 'the contractor no longer sees a job taken back');
  });
});
