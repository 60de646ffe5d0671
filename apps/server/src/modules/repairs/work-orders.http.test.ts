import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { makeRoom } from '../qr/qr.fixtures.js';
import { categoryIdOf, inbox, uploadDraftPhoto, userIdOf } from './repairs.fixtures.js';

interface Sla { respondDueAt: string; resolveDueAt: string; clock: string; resolveRemainingMinutes: number | null; resolveOverdue: boolean; label: string }
interface WorkOrder {
  id: number; code: string; requestId: number; status: string; statusLabel: string; version: number; assigneeId: number | null; assigneeName: string | null;
  reopenCount: number; pauseReason: string | null; sla: Sla; abilities: Record<string, boolean>; location: string; categoryName: string;
  timeline: { kind: string; kindLabel: string; note: string | null; actorName: string; data: Record<string, unknown> }[];
  completion: { laborHours: number; costFen: number; parts: { name: string; quantity: number; unitCostFen: number }[] } | null;
  rating: { stars: number; comment: string | null } | null; photos: { id: number }[]; completionPhotos: { id: number }[];
  assignments: { assigneeName: string | null; reason: string | null; endedAt: string | null }[]; requesterPhone: string | null;
  completionPhotoRequired: boolean;
}
interface Request { id: number; status: string; progress: string; progressLabel: string; version: number; workOrder: { id: number; version: number; status: string } | null; abilities: Record<string, boolean>; closedAt: string | null }
interface Page<T> { items: T[]; total: number }

describe('work orders: dispatch, field work, acceptance', () => {
  let w: TwoSchools;
  let teacher: ApiClient;
  let tech: ApiClient;
  let tech2: ApiClient;
  let head: ApiClient;
  let head2: ApiClient;
  let teacherId = 0;
  let techId = 0;
  let tech2Id = 0;
  let roomA = 0;
  let water = 0;
  let power = 0;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    roomA = await makeRoom(db, w.schoolA, { name: '三年级二班', buildingName: '教学楼', floor: 3 });
    await makeUser(db, { schoolId: w.schoolA, staffNo: 'tech2', name: '王师傅', roles: ['technician'] });
    await makeUser(db, { schoolId: w.schoolA, staffNo: 'head2', name: '副主任', roles: ['logistics_head'] });
    teacher = await w.ts.as('teacher');
    tech = await w.ts.as('technician');
    tech2 = await w.ts.as('tech2');
    head = await w.ts.as('logistics_head');
    head2 = await w.ts.as('head2');
    teacherId = await userIdOf(db, 'teacher', w.schoolA);
    techId = await userIdOf(db, 'technician', w.schoolA);
    tech2Id = await userIdOf(db, 'tech2', w.schoolA);
    water = await categoryIdOf(db, w.schoolA, '水');
    power = await categoryIdOf(db, w.schoolA, '电');
  });
  after(async () => { await w.ts.close(); });

  /** An urgent report (no photo needed) that lands on the dispatch board. */
  async function report(categoryId = power, description = '灯管不亮'): Promise<Request> {
    const res = await teacher.post<Request>('/api/v1/repair-requests', { roomId: roomA, categoryId, description, urgency: 'urgent' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  }
  const show = async (c: ApiClient, id: number) => (await c.get<WorkOrder>(`/api/v1/work-orders/${id}`)).body;

  it('takes a report through dispatch, work, a pause, completion, a reopen and acceptance, every step on the timeline', async () => {
    const db = w.ts.server.db;
    const photo = await uploadDraftPhoto(teacher, teacherId);
    assert.equal(photo.status, 200, JSON.stringify(photo.body));
    const submitted = await teacher.post<Request>('/api/v1/repair-requests', {
      roomId: roomA, categoryId: water, description: '水龙头一直滴水', urgency: 'normal', photoFileIds: [photo.body.id],
    });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    assert.equal(submitted.body.progress, 'pending_dispatch');
    assert.equal(submitted.body.progressLabel, '待派单');
    const woId = submitted.body.workOrder?.id ?? 0;
    assert.ok((await inbox(db, await userIdOf(db, 'logistics_head', w.schoolA), 'repair.dispatch')).length >= 1, 'the head hears of it');

    const board = await head.get<Page<WorkOrder>>('/api/v1/work-orders?state=open');
    const onBoard = board.body.items.find((i) => i.id === woId);
    assert.ok(onBoard);
    assert.equal(onBoard.location, '教学楼 3层 三年级二班');
    assert.equal(onBoard.abilities.assign, true);
    assert.match(onBoard.sla.label, /^(剩余|已超时)/);

    const assigned = await head.post<{ items: WorkOrder[] }>('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version: onBoard.version }] });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
    assert.equal(assigned.body.items[0]?.status, 'assigned');
    assert.equal(assigned.body.items[0]?.assigneeName, 'technician');
    const notice = (await inbox(db, techId, 'repair.assigned')).at(-1);
    assert.match(notice?.title ?? '', /新维修工单 WX\d{6}：水（一般）/);
    assert.equal(notice?.link, `/m/work-orders/${woId}`);

    const queue = await tech.get<Page<WorkOrder>>('/api/v1/work-orders/queue');
    assert.deepEqual(queue.body.items.map((i) => i.id), [woId]);
    let wo = await show(tech, woId);
    assert.deepEqual([wo.abilities.accept, wo.abilities.start, wo.abilities.complete, wo.abilities.confirm], [true, false, false, false]);
    assert.equal(wo.photos.length, 1, 'the technician sees the reported photo');

    const early = await tech.post(`/api/v1/work-orders/${woId}/start`, { version: wo.version });
    assert.equal(early.status, 409);
    assert.match(String(early.body.message), /工单当前状态为「待接单」，不能开始维修/);

    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/accept`, { version: wo.version })).body;
    assert.equal(wo.status, 'accepted');
    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/start`, { version: wo.version })).body;
    assert.equal(wo.statusLabel, '维修中');
    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/pause`, { version: wo.version, reason: '等配件' })).body;
    assert.deepEqual([wo.status, wo.pauseReason, wo.sla.clock], ['paused', '等配件', 'paused']);
    assert.match(wo.sla.label, /^已暂停/);
    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/resume`, { version: wo.version })).body;
    assert.equal(wo.status, 'in_progress');

    assert.equal((await tech.get<WorkOrder>(`/api/v1/work-orders/${woId}`)).body.completionPhotoRequired, true, 'the 完工 form asks for a photo up front');
    const settings = await head.get<{ version: number }>('/api/v1/repair-settings');
    const relaxed = await head.put<{ version: number }>('/api/v1/repair-settings', { version: settings.body.version, completionPhotoRequired: false });
    assert.equal((await tech.get<WorkOrder>(`/api/v1/work-orders/${woId}`)).body.completionPhotoRequired, false);
    assert.equal((await head.put('/api/v1/repair-settings', { version: relaxed.body.version, completionPhotoRequired: true })).status, 200);

    const noPhoto = await tech.post(`/api/v1/work-orders/${woId}/complete`, { version: wo.version, laborHours: 1 });
    assert.equal(noPhoto.status, 400);
    assert.equal((noPhoto.body.fields as { field: string }[])[0]?.field, 'photoFileIds');
    const after1 = await uploadDraftPhoto(tech, techId);
    const completed = await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/complete`, {
      version: wo.version, laborHours: 1.5, note: '更换阀芯', photoFileIds: [after1.body.id],
      parts: [{ name: '阀芯', quantity: 2, unit: '个', unitCostFen: 1250 }],
    });
    assert.equal(completed.status, 200, JSON.stringify(completed.body));
    wo = completed.body;
    assert.equal(wo.statusLabel, '待验收');
    assert.deepEqual([wo.completion?.laborHours, wo.completion?.costFen], [1.5, 2500], 'cost defaults to the parts total');
    assert.deepEqual(wo.completion?.parts.map((p) => [p.name, p.quantity, p.unitCostFen]), [['阀芯', 2, 1250]]);
    assert.equal(wo.completionPhotos.length, 1);
    assert.equal(wo.sla.clock, 'stopped');
    assert.equal((await inbox(db, teacherId, 'repair.completed')).length, 1, 'the teacher is asked to confirm');

    const selfConfirm = await tech.post(`/api/v1/work-orders/${woId}/confirm`, { version: wo.version, rating: 5 });
    assert.equal(selfConfirm.status, 403);
    assert.match(String(selfConfirm.body.message), /不能验收自己/);
    const byHead = await head.post(`/api/v1/work-orders/${woId}/confirm`, { version: wo.version, rating: 5 });
    assert.equal(byHead.status, 403, 'only the requester accepts');

    const mine = await teacher.get<Request>(`/api/v1/repair-requests/${submitted.body.id}`);
    assert.deepEqual([mine.body.progressLabel, mine.body.abilities.confirm, mine.body.abilities.reopen], ['待验收', true, true]);
    const reopened = await teacher.post<WorkOrder>(`/api/v1/work-orders/${woId}/reopen`, { version: wo.version, reason: '还在滴水' });
    assert.equal(reopened.status, 200, JSON.stringify(reopened.body));
    assert.deepEqual([reopened.body.status, reopened.body.reopenCount, reopened.body.assigneeId], ['assigned', 1, techId]);
    assert.equal((await inbox(db, techId, 'repair.reopened')).length, 1);

    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/accept`, { version: reopened.body.version })).body;
    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/start`, { version: wo.version })).body;
    const after2 = await uploadDraftPhoto(tech, techId);
    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/complete`, { version: wo.version, laborHours: 0.5, costFen: 300, photoFileIds: [after2.body.id] })).body;
    assert.deepEqual([wo.completion?.laborHours, wo.completion?.costFen], [2, 2800], 'a 返修 adds its hours and cost');

    const confirmed = await teacher.post<WorkOrder>(`/api/v1/work-orders/${woId}/confirm`, { version: wo.version, rating: 4, comment: '修好了，谢谢' });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.deepEqual([confirmed.body.status, confirmed.body.statusLabel, confirmed.body.rating], ['confirmed', '已验收', { stars: 4, comment: '修好了，谢谢' }]);
    assert.deepEqual(Object.values(confirmed.body.abilities).filter(Boolean), [], 'nothing is left to do');
    const closed = await teacher.get<Request>(`/api/v1/repair-requests/${submitted.body.id}`);
    assert.ok(closed.body.closedAt);
    assert.equal((await inbox(db, techId, 'repair.confirmed')).length, 1);

    assert.deepEqual(confirmed.body.timeline.map((e) => e.kind), [
      'submitted', 'converted', 'assigned', 'accepted', 'started', 'paused', 'resumed', 'completed', 'reopened', 'accepted', 'started', 'completed', 'confirmed',
    ]);
    assert.equal(confirmed.body.timeline.find((e) => e.kind === 'paused')?.note, '等配件');
    assert.equal(confirmed.body.timeline.find((e) => e.kind === 'reopened')?.note, '还在滴水');
    assert.equal(confirmed.body.timeline.at(-1)?.data.rating, 4);
    const audit = await db.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'work_order').where('entity_id', '=', String(woId)).execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'assign', 'accept', 'start', 'pause', 'resume', 'parts', 'complete', 'reopen', 'accept', 'start', 'complete', 'confirm']);
  });

  it('lets exactly one of two dispatchers assign the same work order at the same moment', async () => {
    const req = await report();
    const woId = req.workOrder?.id ?? 0;
    const version = req.workOrder?.version ?? 0;
    const [a, b] = await Promise.all([
      head.post('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version }] }),
      head2.post('/api/v1/work-orders/assign', { assigneeId: tech2Id, items: [{ id: woId, version }] }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const loser = a.status === 409 ? a : b;
    assert.match(String(loser.body.message), /已被他人修改|当前状态为「待接单」/);
    const assignments = await w.ts.server.db.kysely.selectFrom('work_order_assignments').select('assignee_id').where('work_order_id', '=', woId).execute();
    assert.equal(assignments.length, 1, 'one assignment, not two');
  });

  it('assigns in bulk all or nothing, naming the work order that stopped it', async () => {
    const one = await report(power, '教室灯闪');
    const two = await report(power, '办公室灯闪');
    const stale = await head.post('/api/v1/work-orders/assign', {
      assigneeId: tech2Id, items: [{ id: one.workOrder?.id, version: one.workOrder?.version }, { id: two.workOrder?.id, version: (two.workOrder?.version ?? 0) + 1 }],
    });
    assert.equal(stale.status, 409);
    assert.match(String(stale.body.message), new RegExp(`^WX${String(two.workOrder?.id).padStart(6, '0')}：`));
    assert.equal((await show(head, one.workOrder?.id ?? 0)).status, 'pending_dispatch', 'the first one was not assigned either');
    const both = await head.post<{ items: WorkOrder[] }>('/api/v1/work-orders/assign', {
      assigneeId: tech2Id, items: [{ id: one.workOrder?.id, version: one.workOrder?.version }, { id: two.workOrder?.id, version: two.workOrder?.version }],
    });
    assert.equal(both.status, 200, JSON.stringify(both.body));
    assert.deepEqual(both.body.items.map((i) => [i.status, i.assigneeName]), [['assigned', '王师傅'], ['assigned', '王师傅']]);
    const unassigned = await head.get<Page<WorkOrder>>('/api/v1/work-orders?status=pending_dispatch');
    assert.ok(!unassigned.body.items.some((i) => i.id === one.workOrder?.id || i.id === two.workOrder?.id));
    const byTech = await head.get<Page<WorkOrder>>(`/api/v1/work-orders?assigneeId=${tech2Id}&categoryId=${power}&sort=-reportedAt`);
    assert.deepEqual(byTech.body.items.slice(0, 2).map((i) => i.id), [two.workOrder?.id, one.workOrder?.id]);
  });

  it('refuses a technician who works on a job reassigned away from them, and keeps the 转单 chain', async () => {
    const req = await report(power, '插座冒火花');
    const woId = req.workOrder?.id ?? 0;
    let wo = (await head.post<{ items: WorkOrder[] }>('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version: req.workOrder?.version ?? 0 }] })).body.items[0] as WorkOrder;
    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/accept`, { version: wo.version })).body;
    wo = (await tech.post<WorkOrder>(`/api/v1/work-orders/${woId}/start`, { version: wo.version })).body;

    const noReason = await head.post(`/api/v1/work-orders/${woId}/reassign`, { version: wo.version, assigneeId: tech2Id, reason: '   ' });
    assert.equal(noReason.status, 400);
    const moved = await head.post<WorkOrder>(`/api/v1/work-orders/${woId}/reassign`, { version: wo.version, assigneeId: tech2Id, reason: '需要电工证' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual([moved.body.status, moved.body.assigneeName], ['assigned', '王师傅']);
    assert.deepEqual(moved.body.assignments.map((a) => [a.assigneeName, a.reason, a.endedAt !== null]), [['technician', null, true], ['王师傅', '需要电工证', false]]);
    assert.equal((await inbox(w.ts.server.db, techId, 'repair.reassigned')).length, 1);

    const stale = await show(tech, woId);
    assert.equal(stale.abilities.complete, false, 'the old technician still sees the job, without buttons');
    const late = await tech.post(`/api/v1/work-orders/${woId}/complete`, { version: moved.body.version, laborHours: 1, photoFileIds: [] });
    assert.equal(late.status, 403);
    assert.match(String(late.body.message), /已不由您负责/);
    const queue = await tech.get<Page<WorkOrder>>('/api/v1/work-orders/queue');
    assert.ok(!queue.body.items.some((i) => i.id === woId));
    const queue2 = await tech2.get<Page<WorkOrder>>('/api/v1/work-orders/queue');
    assert.ok(queue2.body.items.some((i) => i.id === woId));
  });

  it('answers 401, 403, 404, 400 and 409 where they belong', async () => {
    const req = await report();
    const woId = req.workOrder?.id ?? 0;
    const version = req.workOrder?.version ?? 0;
    assert.equal((await w.ts.client().get('/api/v1/work-orders')).status, 401);
    assert.equal((await w.ts.client().post('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version }] })).status, 401);
    assert.equal((await teacher.post('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version }] })).status, 403);
    assert.equal((await teacher.get('/api/v1/work-orders')).status, 403);
    assert.equal((await tech.post(`/api/v1/work-orders/${woId}/cancel`, { version, reason: '不修了' })).status, 403);
    assert.equal((await tech.get(`/api/v1/work-orders/${woId}`)).status, 404, 'a technician does not see unassigned jobs');
    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.get(`/api/v1/work-orders/${woId}`)).status, 404, "another school's work order does not exist");
    assert.equal((await head.post('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version: version + 5 }] })).status, 409);
    const bad = await head.post('/api/v1/work-orders/assign', { items: [{ id: woId, version }] });
    assert.equal(bad.status, 400);
    assert.equal((bad.body.fields as { field: string }[])[0]?.field, 'assigneeId');
    const teacherAsTech = await head.post('/api/v1/work-orders/assign', { assigneeId: teacherId, items: [{ id: woId, version }] });
    assert.equal(teacherAsTech.status, 400);
    assert.match(String(teacherAsTech.body.message), /没有处理维修工单的权限/);
    const twice = await head.post('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version }, { id: woId, version }] });
    assert.equal(twice.status, 400);
    assert.equal((await head.post(`/api/v1/work-orders/${woId}/pause`, { version, reason: '等配件', extra: 1 })).status, 400);
    assert.equal((await head.post(`/api/v1/work-orders/${woId}/pause`, { version, reason: '等配件' })).status, 403, 'nobody holds the job, so nobody can pause it');
    const cancelled = await head.post<WorkOrder>(`/api/v1/work-orders/${woId}/cancel`, { version, reason: '重复报修' });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    const again = await head.post(`/api/v1/work-orders/${woId}/cancel`, { version: cancelled.body.version, reason: '再取消' });
    assert.equal(again.status, 409);
    assert.match(String(again.body.message), /当前状态为「已取消」/);
  });
});
