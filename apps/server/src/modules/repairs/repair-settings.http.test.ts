import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { loadSchoolCalendar } from '../calendar/load-school-calendar.js';
import { makeRoom } from '../qr/qr.fixtures.js';
import { categoryIdOf, inbox, userIdOf } from './repairs.fixtures.js';

interface Settings { slaPolicy: Record<string, Record<string, { value: number; unit: string }>>; photoRule: string; photoRuleLabel: string; autoConfirmDays: number; version: number; abilities: { update: boolean } }
interface Category { id: number; name: string; active: boolean; version: number }
interface Team { id: number; name: string; version: number; members: { id: number; name: string }[] }
interface Rule { id: number; categoryName: string | null; teamName: string | null; assigneeName: string | null; buildingName: string | null; version: number }
interface Request { id: number; reportedAt: string; workOrder: { id: number; status: string; assigneeName: string | null; version: number } | null; sla: { resolveDueAt: string } | null; timeline: { kind: string; data: Record<string, unknown> }[] }

describe('repair settings: SLA policy, photo rule, categories, teams and routing', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let teacher: ApiClient;
  let techId = 0;
  let tech2Id = 0;
  let teacherId = 0;
  let roomA = 0;
  let buildingId = 0;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    roomA = await makeRoom(db, w.schoolA, { name: '科学实验室', buildingName: '实验楼', floor: 2 });
    buildingId = (await db.kysely.selectFrom('buildings').select('id').where('school_id', '=', w.schoolA).where('name', '=', '实验楼').executeTakeFirstOrThrow()).id;
    await makeUser(db, { schoolId: w.schoolA, staffNo: 'tech2', name: '王师傅', roles: ['technician'] });
    await makeUser(db, { schoolId: w.schoolA, staffNo: 'head-tech', name: '赵主任', roles: ['logistics_head', 'technician'] });
    head = await w.ts.as('logistics_head');
    teacher = await w.ts.as('teacher');
    techId = await userIdOf(db, 'technician', w.schoolA);
    tech2Id = await userIdOf(db, 'tech2', w.schoolA);
    teacherId = await userIdOf(db, 'teacher', w.schoolA);
  });
  after(async () => { await w.ts.close(); });

  it('starts every school with the users\' defaults and guards who reads and edits them', async () => {
    const res = await head.get<Settings>('/api/v1/repair-settings');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.slaPolicy.urgent, { respond: { value: 30, unit: 'minutes' }, resolve: { value: 240, unit: 'minutes' } });
    assert.deepEqual(res.body.slaPolicy.normal, { respond: { value: 240, unit: 'minutes' }, resolve: { value: 2, unit: 'days' } });
    assert.deepEqual([res.body.photoRule, res.body.photoRuleLabel, res.body.autoConfirmDays, res.body.abilities.update], ['except_urgent', '紧急报修可不拍照', 7, true]);
    assert.equal((await w.ts.client().get('/api/v1/repair-settings')).status, 401);
    assert.equal((await teacher.get('/api/v1/repair-settings')).status, 403);
    assert.equal((await teacher.put('/api/v1/repair-settings', { version: res.body.version, autoConfirmDays: 3 })).status, 403);
    const bAdmin = await w.ts.as('b-sysadmin');
    const other = await bAdmin.get<Settings>('/api/v1/repair-settings');
    assert.equal(other.status, 200, 'each school has its own');
  });

  it('edits the SLA policy at a version, refuses an impossible one, and applies it to new work on the school calendar', async () => {
    const current = (await head.get<Settings>('/api/v1/repair-settings')).body;
    const slaPolicy = { ...current.slaPolicy, urgent: { respond: { value: 20, unit: 'minutes' }, resolve: { value: 120, unit: 'minutes' } } };
    const impossible = await head.put('/api/v1/repair-settings', { version: current.version, slaPolicy: { ...slaPolicy, urgent: { respond: { value: 3, unit: 'days' }, resolve: { value: 60, unit: 'minutes' } } } });
    assert.equal(impossible.status, 400);
    assert.equal((impossible.body.fields as { field: string }[])[0]?.field, 'slaPolicy.urgent.respond');
    assert.equal((await head.put('/api/v1/repair-settings', { version: current.version, slaPolicy: { ...slaPolicy, urgent: { respond: { value: 20, unit: 'hours' }, resolve: { value: 60, unit: 'minutes' } } } })).status, 400);
    const saved = await head.put<Settings>('/api/v1/repair-settings', { version: current.version, slaPolicy, photoRule: 'never' });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual([saved.body.version, saved.body.photoRule], [current.version + 1, 'never']);
    assert.equal((await head.put('/api/v1/repair-settings', { version: current.version, autoConfirmDays: 3 })).status, 409);

    const req = await teacher.post<Request>('/api/v1/repair-requests', { roomId: roomA, categoryId: await categoryIdOf(w.ts.server.db, w.schoolA, '网络'), description: '网口没信号', urgency: 'normal' });
    assert.equal(req.status, 200, 'no photo needed once the rule says never');
    const urgent = await teacher.post<Request>('/api/v1/repair-requests', { roomId: roomA, categoryId: await categoryIdOf(w.ts.server.db, w.schoolA, '网络'), description: '全楼断网', urgency: 'urgent' });
    const cal = await loadSchoolCalendar(w.ts.server.db.kysely, w.schoolA);
    assert.equal(urgent.body.sla?.resolveDueAt, cal.addWorkingMinutes(new Date(urgent.body.reportedAt), 120).toISOString());
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'repair_settings').execute();
    assert.deepEqual(audit.map((a) => a.action), ['update']);
  });

  it('keeps an editable list of categories, refusing duplicates and deletion of used ones', async () => {
    const list = await teacher.get<{ items: Category[] }>('/api/v1/repair-categories');
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 9);
    assert.equal((await teacher.post('/api/v1/repair-categories', { name: '消防' })).status, 403);
    const created = await head.post<Category>('/api/v1/repair-categories', { name: '消防', sort: 20 });
    assert.equal(created.status, 200);
    assert.equal((await head.post('/api/v1/repair-categories', { name: '消防' })).status, 409);
    assert.equal((await head.post('/api/v1/repair-categories', { name: '  ' })).status, 400);
    const used = await head.delete(`/api/v1/repair-categories/${await categoryIdOf(w.ts.server.db, w.schoolA, '网络')}?version=1`);
    assert.equal(used.status, 409);
    assert.match(String(used.body.message), /请改为停用/);
    const off = await head.patch<Category>(`/api/v1/repair-categories/${created.body.id}`, { version: created.body.version, active: false });
    assert.equal(off.body.active, false);
    assert.equal((await head.patch(`/api/v1/repair-categories/${created.body.id}`, { version: created.body.version, name: '消防设施' })).status, 409);
    const form = await teacher.get<{ categories: { name: string }[] }>('/api/v1/repair-requests/options');
    assert.ok(!form.body.categories.some((c) => c.name === '消防'), 'a switched-off category is not offered');
    const refused = await teacher.post('/api/v1/repair-requests', { roomId: roomA, categoryId: created.body.id, description: '灭火器过期', urgency: 'urgent' });
    assert.equal(refused.status, 400);
    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.patch(`/api/v1/repair-categories/${created.body.id}`, { version: off.body.version, name: '别校' })).status, 404);
    assert.equal((await head.delete(`/api/v1/repair-categories/${created.body.id}?version=${off.body.version}`)).status, 200);
  });

  it('routes a report by category to a team whose first member to accept claims it', async () => {
    assert.equal((await head.post('/api/v1/repair-teams', { name: '水电组', memberIds: [techId, teacherId] })).status, 400, 'a teacher cannot take work orders');
    const team = await head.post<Team>('/api/v1/repair-teams', { name: '水电组', memberIds: [techId, tech2Id] });
    assert.equal(team.status, 200, JSON.stringify(team.body));
    assert.deepEqual(team.body.members.map((m) => m.name).sort(), ['technician', '王师傅'].sort());
    const water = await categoryIdOf(w.ts.server.db, w.schoolA, '水');
    assert.equal((await head.post('/api/v1/repair-routing-rules', { categoryId: water, teamId: team.body.id, assigneeId: techId })).status, 400);
    assert.equal((await head.post('/api/v1/repair-routing-rules', { categoryId: water })).status, 400);
    const rule = await head.post<Rule>('/api/v1/repair-routing-rules', { categoryId: water, teamId: team.body.id });
    assert.equal(rule.status, 200, JSON.stringify(rule.body));
    assert.deepEqual([rule.body.categoryName, rule.body.teamName], ['水', '水电组']);

    const req = await teacher.post<Request>('/api/v1/repair-requests', { roomId: roomA, categoryId: water, description: '洗手池堵了', urgency: 'urgent' });
    assert.equal(req.body.workOrder?.status, 'assigned');
    const detail = (await teacher.get<Request>(`/api/v1/repair-requests/${req.body.id}`)).body;
    assert.ok(detail.timeline.some((e) => e.kind === 'routed' && e.data.teamName === '水电组'));
    assert.equal((await inbox(w.ts.server.db, tech2Id, 'repair.assigned')).length, 1, 'every member hears of a team job');
    const tech = await w.ts.as('technician');
    const tech2 = await w.ts.as('tech2');
    const woId = req.body.workOrder?.id ?? 0;
    assert.ok((await tech.get<{ items: { id: number }[] }>('/api/v1/work-orders/queue')).body.items.some((i) => i.id === woId));
    const claimed = await tech2.post<{ assigneeName: string; status: string }>(`/api/v1/work-orders/${woId}/accept`, { version: req.body.workOrder?.version });
    assert.deepEqual([claimed.status, claimed.body.assigneeName, claimed.body.status], [200, '王师傅', 'accepted']);
    assert.ok(!(await tech.get<{ items: { id: number }[] }>('/api/v1/work-orders/queue')).body.items.some((i) => i.id === woId), 'claimed jobs leave the team queue');
    assert.equal((await head.delete(`/api/v1/repair-teams/${team.body.id}?version=${team.body.version}`)).status, 409);
  });

  it('prefers a category-and-building rule naming a technician, and lists technicians with their load', async () => {
    const power = await categoryIdOf(w.ts.server.db, w.schoolA, '电');
    const rule = await head.post<Rule>('/api/v1/repair-routing-rules', { categoryId: power, buildingId, assigneeId: tech2Id, note: '实验楼电路由王师傅负责' });
    assert.equal(rule.status, 200, JSON.stringify(rule.body));
    const otherCampus = await w.ts.server.db.kysely.insertInto('campuses').values({ school_id: w.schoolA, name: '分校', address: null, sort: 1, created_at: new Date().toISOString(), updated_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
    assert.equal((await head.post('/api/v1/repair-routing-rules', { campusId: otherCampus.id, buildingId, assigneeId: techId })).status, 400, 'the building is not on that campus');
    const req = await teacher.post<Request>('/api/v1/repair-requests', { roomId: roomA, categoryId: power, description: '实验台没电', urgency: 'urgent' });
    assert.deepEqual([req.body.workOrder?.status, req.body.workOrder?.assigneeName], ['assigned', '王师傅']);
    const patched = await head.patch<Rule>(`/api/v1/repair-routing-rules/${rule.body.id}`, { version: rule.body.version, active: false });
    assert.equal(patched.status, 200);
    const rules = await head.get<{ items: Rule[] }>('/api/v1/repair-routing-rules');
    assert.equal(rules.body.items.length, 2);
    assert.equal((await teacher.get('/api/v1/repair-routing-rules')).status, 403);

    const techs = await head.get<{ items: { id: number; name: string; openCount: number; teams: { name: string }[] }[] }>('/api/v1/work-orders/technicians');
    const wang = techs.body.items.find((t) => t.id === tech2Id);
    assert.deepEqual([wang?.openCount, wang?.teams.map((t) => t.name)], [2, ['水电组']]);
    assert.ok(!techs.body.items.some((t) => t.id === teacherId));
    const names = techs.body.items.map((t) => t.name);
    assert.ok(!names.includes('logistics_head'), 'a dispatcher is not a technician just because they may update work orders');
    assert.ok(names.includes('赵主任'), 'a dispatcher who also holds 维修工 is listed');
    assert.ok(names.includes('technician') && names.includes('王师傅'));
    assert.equal((await teacher.get('/api/v1/work-orders/technicians')).status, 403);
  });
});
