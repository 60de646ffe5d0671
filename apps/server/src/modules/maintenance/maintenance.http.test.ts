import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { addDays } from '../../platform/calendar/dates.js';
import { localDate } from '../../platform/calendar/time-zone.js';
import { makeRoom } from '../qr/qr.fixtures.js';
import { userIdOf } from '../repairs/repairs.fixtures.js';
import { generateMaintenance } from './jobs/generate-maintenance.js';

interface Plan {
  id: number; name: string; version: number; active: boolean; nextDueDate: string | null; scheduleText: string; targetText: string;
  checklistTemplateId: number | null; checklistTemplateName: string | null; assigneeName: string | null; openCount: number; generatedCount: number;
  abilities: { update: boolean; delete: boolean; generate: boolean };
}
interface ErrorBody { code: string; message: string; fields?: { field: string; message: string }[] }
interface Occurrence { id: number | null; planId: number; status: string; dueDate: string; workOrderCode: string | null; workOrderStatusLabel: string | null; targetName: string; note: string | null }

const today = () => localDate(new Date(), 'Asia/Shanghai');

describe('maintenance plans (保养计划)', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let headB: ApiClient;
  let teacher: ApiClient;
  let tech: ApiClient;
  let techId = 0;
  let rooms: number[] = [];

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    rooms = [await makeRoom(db, w.schoolA, { name: '101教室', buildingName: '教学楼', floor: 1 }), await makeRoom(db, w.schoolA, { name: '102教室', buildingName: '教学楼', floor: 1 })];
    await makeUser(db, { schoolId: w.schoolB, staffNo: 'b-head', roles: ['logistics_head'] });
    head = await w.ts.as('logistics_head');
    headB = await w.ts.as('b-head');
    teacher = await w.ts.as('teacher');
    tech = await w.ts.as('technician');
    techId = await userIdOf(db, 'technician', w.schoolA);
  });
  after(async () => { await w.ts.close(); });

  const weekly = (extra: Record<string, unknown> = {}) => ({
    name: '每周检查照明', targetType: 'school', schedule: { kind: 'weekly', weekdays: [1] }, holidayPolicy: 'next', leadDays: 0,
    startDate: '2026-09-01', assigneeId: techId, ...extra,
  });

  it('answers 401 without login and 403 to a teacher', async () => {
    assert.equal((await w.ts.client().get('/api/v1/maintenance-plans')).status, 401);
    assert.equal((await teacher.get('/api/v1/maintenance-plans')).status, 403);
    assert.equal((await teacher.post('/api/v1/maintenance-plans', weekly())).status, 403);
    assert.equal((await tech.post('/api/v1/maintenance-occurrences?from=2026-11-01&to=2026-11-30')).status, 404);
    assert.equal((await tech.get('/api/v1/maintenance-occurrences?from=2026-11-01&to=2026-11-30')).status, 403);
  });

  it('guards every route: 401 without login, 403 for a teacher', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/v1/maintenance-plans'], ['POST', '/api/v1/maintenance-plans', weekly()], ['GET', '/api/v1/maintenance-plans/1'],
      ['PATCH', '/api/v1/maintenance-plans/1', { version: 1, name: 'x' }], ['DELETE', '/api/v1/maintenance-plans/1?version=1'],
      ['POST', '/api/v1/maintenance-plans/1/pause', { version: 1 }], ['POST', '/api/v1/maintenance-plans/1/resume', { version: 1 }],
      ['GET', '/api/v1/maintenance-plans/1/preview'], ['POST', '/api/v1/maintenance-plans/1/generate', {}],
      ['POST', '/api/v1/maintenance-plans/preview', { schedule: { kind: 'daily' }, holidayPolicy: 'skip', startDate: '2026-11-23' }],
      ['GET', '/api/v1/maintenance-plan-templates'], ['POST', '/api/v1/maintenance-plans/from-template', { templateKey: 'doors_monthly' }],
      ['GET', '/api/v1/maintenance-plans/export.xlsx'], ['GET', '/api/v1/maintenance-occurrences?from=2026-11-01&to=2026-11-30'],
      ['GET', '/api/v1/maintenance-occurrences/1'], ['GET', '/api/v1/maintenance-occurrences/by-work-order/1'],
    ];
    for (const [method, url, body] of routes) {
      assert.equal((await w.ts.client().request(method, url, body)).status, 401, `${method} ${url} without login`);
      // A teacher reads neither plans nor work orders.
      assert.equal((await teacher.request(method, url, body)).status, 403, `${method} ${url} as teacher`);
    }
    // The technician may read the phone checklist step of a job, not the plans.
    assert.equal((await tech.get('/api/v1/maintenance-plans')).status, 403);
    assert.equal((await tech.get('/api/v1/maintenance-occurrences/999999')).status, 404);
  });

  it('rejects a weekly rule without weekdays and a monthly day 0, naming the field', async () => {
    const noDays = await head.post<ErrorBody>('/api/v1/maintenance-plans', weekly({ schedule: { kind: 'weekly', weekdays: [] } }));
    assert.equal(noDays.status, 400);
    assert.equal(noDays.body.fields?.[0]?.field, 'schedule.weekdays');
    assert.match(noDays.body.message, /每周的哪几天/);
    const dayZero = await head.post<ErrorBody>('/api/v1/maintenance-plans', weekly({ schedule: { kind: 'monthly', day: 0 } }));
    assert.equal(dayZero.status, 400);
    assert.equal(dayZero.body.fields?.[0]?.field, 'schedule.day');
    const feb30 = await head.post<ErrorBody>('/api/v1/maintenance-plans', weekly({ schedule: { kind: 'yearly', month: 2, day: 30 } }));
    assert.equal(feb30.status, 400);
    assert.equal(feb30.body.message, '2月没有30日');
    const badRooms = await head.post<ErrorBody>('/api/v1/maintenance-plans', weekly({ targetType: 'rooms', roomIds: [] }));
    assert.equal(badRooms.body.fields?.[0]?.field, 'roomIds');
    const extra = await head.post<ErrorBody>('/api/v1/maintenance-plans', weekly({ colour: 'red' }));
    assert.equal(extra.status, 400);
  });

  it('creates a plan, explains the 国庆 shift in its preview, and edits it with a version check', async () => {
    const created = await head.post<Plan>('/api/v1/maintenance-plans', weekly());
    assert.equal(created.status, 200, JSON.stringify(created.body));
    assert.equal(created.body.scheduleText, '每周一');
    assert.equal(created.body.targetText, '全校');
    assert.equal(created.body.assigneeName, 'technician');
    assert.ok(created.body.nextDueDate && created.body.nextDueDate >= today());

    const preview = await head.get<{ items: { nominalDate: string; dueDate: string | null; note: string | null }[] }>(`/api/v1/maintenance-plans/${created.body.id}/preview?from=2026-09-28&count=3`);
    assert.equal(preview.status, 200);
    assert.deepEqual(preview.body.items.map((i) => i.dueDate), ['2026-09-28', '2026-10-08', '2026-10-12']);
    assert.equal(preview.body.items[1]?.note, '10月5日 国庆节 → 顺延至10月8日');

    const unsaved = await head.post<{ items: { dueDate: string | null; skipped: boolean }[] }>('/api/v1/maintenance-plans/preview', {
      schedule: { kind: 'monthly', day: 31 }, holidayPolicy: 'ignore', startDate: '2027-01-01',
    });
    assert.deepEqual(unsaved.body.items.slice(0, 2).map((i) => i.dueDate), ['2027-01-31', '2027-02-28']);

    const edited = await head.patch<Plan>(`/api/v1/maintenance-plans/${created.body.id}`, { version: created.body.version, schedule: { kind: 'weekly', weekdays: [1, 4] } });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.scheduleText, '每周一、周四');
    const stale = await head.patch<ErrorBody>(`/api/v1/maintenance-plans/${created.body.id}`, { version: created.body.version, name: '改名' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'STALE_VERSION');

    const otherSchool = await headB.get(`/api/v1/maintenance-plans/${created.body.id}`);
    assert.equal(otherSchool.status, 404);
    assert.equal((await headB.patch(`/api/v1/maintenance-plans/${created.body.id}`, { version: edited.body.version, name: 'x' })).status, 404);
    assert.equal((await headB.post(`/api/v1/maintenance-plans/${created.body.id}/generate`, {})).status, 404);
    assert.equal((await headB.get(`/api/v1/maintenance-plans/${created.body.id}/preview`)).status, 404);
    assert.equal((await headB.delete(`/api/v1/maintenance-plans/${created.body.id}?version=${edited.body.version}`)).status, 404);

    const list = await head.get<{ items: Plan[]; total: number }>('/api/v1/maintenance-plans?q=照明');
    assert.equal(list.body.total, 1);
    assert.equal((await headB.get<{ total: number }>('/api/v1/maintenance-plans')).body.total, 0);

    const removed = await head.delete(`/api/v1/maintenance-plans/${created.body.id}?version=${edited.body.version}`);
    assert.equal(removed.status, 200);
  });

  it('offers the school plan templates linked to the seeded checklists, and creates from one', async () => {
    const templates = await head.get<{ items: { key: string; name: string; checklistTemplateName: string | null; scheduleText: string }[] }>('/api/v1/maintenance-plan-templates');
    assert.equal(templates.status, 200);
    const doors = templates.body.items.find((t) => t.key === 'doors_monthly');
    assert.equal(doors?.checklistTemplateName, '每月检查门窗');
    assert.ok(templates.body.items.some((t) => t.name === '开学前校舍和消防设施安全检查' && t.scheduleText === '每学期开学前3天'));
    const plan = await head.post<Plan>('/api/v1/maintenance-plans/from-template', { templateKey: 'doors_monthly', assigneeId: techId });
    assert.equal(plan.status, 200, JSON.stringify(plan.body));
    assert.equal(plan.body.name, '每月检查门窗');
    assert.equal(plan.body.checklistTemplateName, '每月检查门窗');
    assert.equal(plan.body.targetText, '全部教室');
    const unknown = await head.post<ErrorBody>('/api/v1/maintenance-plans/from-template', { templateKey: 'nope' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.fields?.[0]?.field, 'templateKey');
    const again = await head.post<ErrorBody>('/api/v1/maintenance-plans/from-template', { templateKey: 'doors_monthly' });
    assert.equal(again.status, 400);
    assert.equal(again.body.fields?.[0]?.field, 'name');
  });

  it('generates each work order exactly once with generators racing, and they reach the board and the technician', async () => {
    const plan = (await head.post<Plan>('/api/v1/maintenance-plans', {
      name: '每日检查教室门窗', targetType: 'rooms', roomIds: rooms, grouping: 'each', schedule: { kind: 'daily' }, holidayPolicy: 'ignore',
      leadDays: 2, startDate: today(), assigneeId: techId,
    })).body;
    const db = w.ts.server.db.kysely;
    const now = new Date();
    const [a, b, c, d] = await Promise.all([
      generateMaintenance(db, { now }), generateMaintenance(db, { now }), generateMaintenance(db, { now, ignoreLease: true }),
      head.post<{ created: number }>(`/api/v1/maintenance-plans/${plan.id}/generate`, {}),
    ]);
    assert.equal(d.status, 200);
    const created = a.created + b.created + c.created + d.body.created;
    assert.ok(!(a.claimed && b.claimed), 'two lease holders at once');
    const rows = await db.selectFrom('maintenance_occurrences').select(['work_order_id']).where('plan_id', '=', plan.id).execute();
    // Two rooms × (today, +1, +2).
    assert.equal(rows.length, 6);
    assert.equal(created, 6);
    assert.equal(new Set(rows.map((r) => r.work_order_id)).size, 6);
    const requests = await db.selectFrom('repair_requests').select('id').where('source', '=', 'maintenance').where('school_id', '=', w.schoolA).execute();
    assert.equal(requests.length, 6);
    assert.equal((await generateMaintenance(db, { now })).created, 0);

    const board = await head.get<{ items: { description: string; assigneeName: string | null; status: string }[] }>('/api/v1/work-orders?q=计划保养&pageSize=50');
    assert.equal(board.status, 200);
    const ours = board.body.items.filter((i) => i.description.includes('每日检查教室门窗'));
    assert.equal(ours.length, 6);
    assert.ok(ours.every((i) => i.assigneeName === 'technician' && i.status === 'assigned'));
    assert.match(ours[0]?.description ?? '', /^【计划保养】每日检查教室门窗 · 教学楼 10[12]教室/);
    const queue = await tech.get<{ total: number }>('/api/v1/work-orders/queue');
    assert.ok(queue.body.total >= 6);

    const occ = await head.get<{ items: Occurrence[] }>(`/api/v1/maintenance-occurrences?from=${today()}&to=${addDays(today(), 6)}&planId=${plan.id}`);
    assert.equal(occ.status, 200);
    const open = occ.body.items.filter((o) => o.status === 'open');
    const planned = occ.body.items.filter((o) => o.status === 'planned');
    assert.equal(open.length, 6);
    assert.ok(open.every((o) => /^WX\d+$/.test(o.workOrderCode ?? '') && o.workOrderStatusLabel === '待接单'));
    assert.deepEqual(planned.map((o) => o.dueDate), [3, 4, 5, 6].map((n) => addDays(today(), n)));

    const del = await head.delete<ErrorBody>(`/api/v1/maintenance-plans/${plan.id}?version=${plan.version}`);
    assert.equal(del.status, 409);
    assert.equal(del.body.code, 'IN_USE');
    const paused = await head.post<Plan>(`/api/v1/maintenance-plans/${plan.id}/pause`, { version: plan.version });
    assert.equal(paused.body.active, false);
    assert.equal((await head.post(`/api/v1/maintenance-plans/${plan.id}/generate`, {})).status, 409);
  });

  it('plans "N days after completion" from when the last job was done', async () => {
    const plan = (await head.post<Plan>('/api/v1/maintenance-plans', {
      name: '定期电脑杀毒', targetType: 'school', schedule: { kind: 'after_completion', days: 30 }, holidayPolicy: 'ignore', leadDays: 0,
      startDate: today(), assigneeId: techId,
    })).body;
    const first = await head.post<{ created: number; workOrderIds: number[] }>(`/api/v1/maintenance-plans/${plan.id}/generate`, {});
    assert.equal(first.body.created, 1);
    // Nothing new while the job is open.
    assert.equal((await head.post<{ created: number }>(`/api/v1/maintenance-plans/${plan.id}/generate`, {})).body.created, 0);
    const db = w.ts.server.db.kysely;
    const doneAt = new Date(Date.now() - 86_400_000).toISOString();
    await db.updateTable('work_orders').set({ status: 'completed', completed_at: doneAt }).where('id', '=', first.body.workOrderIds[0] ?? 0).execute();
    const run = await generateMaintenance(db, {});
    assert.ok(run.completionsRecorded >= 1);
    const occ = await db.selectFrom('maintenance_occurrences').select(['status', 'completed_at']).where('plan_id', '=', plan.id).orderBy('id').execute();
    assert.deepEqual(occ, [{ status: 'completed', completed_at: doneAt }]);
    const expected = addDays(localDate(new Date(doneAt), 'Asia/Shanghai'), 30);
    assert.equal((await head.get<Plan>(`/api/v1/maintenance-plans/${plan.id}`)).body.nextDueDate, expected);
    const cal = await head.get<{ items: Occurrence[] }>(`/api/v1/maintenance-occurrences?from=${today()}&to=${addDays(today(), 40)}&planId=${plan.id}`);
    assert.deepEqual(cal.body.items.filter((o) => o.status === 'planned').map((o) => o.dueDate), [expected]);
  });

  it("lets the job's technician fill in the plan's checklist on the occurrence, which records the job as done", async () => {
    const plan = (await head.post<Plan>('/api/v1/maintenance-plans/from-template', { templateKey: 'doors_monthly', name: '门窗月检（测试）', assigneeId: techId })).body;
    const db = w.ts.server.db.kysely;
    // why: a monthly plan is due on the 10th; start its coverage there so one job exists today.
    await db.updateTable('maintenance_plans').set({ generate_from: today(), schedule: JSON.stringify({ kind: 'daily' }), holiday_policy: 'ignore' }).where('id', '=', plan.id).execute();
    const generated = await head.post<{ workOrderIds: number[] }>(`/api/v1/maintenance-plans/${plan.id}/generate`, {});
    const workOrderId = generated.body.workOrderIds[0] ?? 0;
    const link = await tech.get<{ occurrenceId: number }>(`/api/v1/maintenance-occurrences/by-work-order/${workOrderId}`);
    assert.equal(link.status, 200);
    const occurrenceId = link.body.occurrenceId;
    const detail = await tech.get<{ checklist: { templateId: number; name: string; versionNo: number }; canRecord: boolean; targetName: string; result: null }>(`/api/v1/maintenance-occurrences/${occurrenceId}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.checklist.name, '每月检查门窗');
    assert.equal(detail.body.canRecord, true);
    assert.equal(detail.body.targetName, '全部教室（2间）');
    assert.equal((await teacher.get(`/api/v1/maintenance-occurrences/${occurrenceId}`)).status, 403);
    assert.equal((await headB.get(`/api/v1/maintenance-occurrences/${occurrenceId}`)).status, 404);

    const answers = {
      locks_ok: { value: true }, glass_ok: { value: true }, hinges_ok: { value: false, remark: '后窗合页脱落' }, limiters_ok: { value: true }, repair_count: { value: 1 },
    };
    const asTeacher = await teacher.post('/api/v1/checklist-results', { templateId: detail.body.checklist.templateId, ownerType: 'maintenance_occurrence', ownerId: occurrenceId, answers, submit: true });
    assert.equal(asTeacher.status, 403);
    const result = await tech.post<{ id: number; outcome: string; ownerName: string }>('/api/v1/checklist-results', {
      templateId: detail.body.checklist.templateId, ownerType: 'maintenance_occurrence', ownerId: occurrenceId, answers, submit: true,
    });
    assert.equal(result.status, 200, JSON.stringify(result.body));
    assert.equal(result.body.outcome, 'fail');
    assert.match(result.body.ownerName, /^门窗月检（测试）（\d{4}-\d{2}-\d{2}）$/);
    await generateMaintenance(db, { ignoreLease: true });
    const occ = await db.selectFrom('maintenance_occurrences').select(['status', 'checklist_result_id']).where('id', '=', occurrenceId).executeTakeFirstOrThrow();
    assert.deepEqual(occ, { status: 'completed', checklist_result_id: result.body.id });
    const after = await tech.get<{ result: { id: number; status: string } }>(`/api/v1/maintenance-occurrences/${occurrenceId}`);
    assert.equal(after.body.result.status, 'submitted');
  });

  it('moves a Monday that falls in the 国庆 holiday to the next working day when generating', async () => {
    const plan = (await head.post<Plan>('/api/v1/maintenance-plans', weekly({ name: '国庆测试·每周一', leadDays: 3, startDate: '2026-09-01' }))).body;
    const db = w.ts.server.db.kysely;
    // why: coverage normally starts today; move it back to test the October holiday.
    await db.updateTable('maintenance_plans').set({ generate_from: '2026-10-01', generated_through: null }).where('id', '=', plan.id).execute();
    await generateMaintenance(db, { now: new Date('2026-10-05T02:00:00Z'), ignoreLease: true });
    const rows = await db.selectFrom('maintenance_occurrences').select(['nominal_date', 'due_date', 'visible_from', 'adjustment_note']).where('plan_id', '=', plan.id).execute();
    assert.deepEqual(rows, [{ nominal_date: '2026-10-05', due_date: '2026-10-08', visible_from: '2026-10-05', adjustment_note: '10月5日 国庆节 → 顺延至10月8日' }]);
    const wo = await db.selectFrom('repair_requests').select(['description', 'urgency', 'preferred_at']).where('maintenance_occurrence_id', 'is not', null).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.match(wo.description, /应完成日期：10月8日（10月5日 国庆节 → 顺延至10月8日）/);
    assert.equal(wo.urgency, 'scheduled');
    assert.equal(wo.preferred_at, '2026-10-08T09:30:00.000Z');
  });

  it('exports the plans to Excel for those allowed', async () => {
    const res = await head.get('/api/v1/maintenance-plans/export.xlsx');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
    assert.equal((await teacher.get('/api/v1/maintenance-plans/export.xlsx')).status, 403);
  });
});
