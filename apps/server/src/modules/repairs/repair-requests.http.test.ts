import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { makeRoom } from '../qr/qr.fixtures.js';
import { repairRaiser } from '../../platform/checklists/repair-raiser.js';
import { loadActor } from '../../platform/authz/load-actor.js';
import { categoryIdOf, inbox, uploadDraftPhoto, userIdOf } from './repairs.fixtures.js';

interface Request {
  id: number; code: string; status: string; progress: string; progressLabel: string; version: number; location: string; urgencyLabel: string;
  isRepeat: boolean; repeatOfId: number | null; mergedIntoId: number | null; declineReason: string | null; closedAt: string | null;
  workOrder: { id: number; version: number; status: string; assigneeName: string | null } | null;
  sla: { respondDueAt: string; resolveDueAt: string; label: string } | null;
  abilities: Record<string, boolean>; photos: { id: number; url: string }[];
  timeline: { kind: string; note: string | null; requestId: number; data: Record<string, unknown> }[];
  mergedRequests: { id: number; requesterName: string }[];
}
interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

describe('repair requests: reporting, 跟进, triage and who sees what', () => {
  let w: TwoSchools;
  let teacher: ApiClient;
  let teacher2: ApiClient;
  let head: ApiClient;
  let teacherId = 0;
  let teacher2Id = 0;
  let roomA = 0;
  let roomA2 = 0;
  let roomB = 0;
  let water = 0;
  let door = 0;
  let ac = 0;

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    roomA = await makeRoom(db, w.schoolA, { name: '三年级二班', buildingName: '教学楼', floor: 3 });
    roomA2 = await makeRoom(db, w.schoolA, { name: '音乐教室', buildingName: '艺术楼', floor: 1 });
    roomB = await makeRoom(db, w.schoolB, { name: '二校教室' });
    await makeUser(db, { schoolId: w.schoolA, staffNo: 'teacher2', name: '李老师', roles: ['teacher'] });
    teacher = await w.ts.as('teacher');
    teacher2 = await w.ts.as('teacher2');
    head = await w.ts.as('logistics_head');
    teacherId = await userIdOf(db, 'teacher', w.schoolA);
    teacher2Id = await userIdOf(db, 'teacher2', w.schoolA);
    water = await categoryIdOf(db, w.schoolA, '水');
    door = await categoryIdOf(db, w.schoolA, '门窗');
    ac = await categoryIdOf(db, w.schoolA, '空调');
  });
  after(async () => { await w.ts.close(); });

  const submit = (c: ApiClient, body: Record<string, unknown>) => c.post<Request>('/api/v1/repair-requests', body);
  const count = async (table: 'repair_requests' | 'work_orders' | 'repair_events') =>
    Number((await w.ts.server.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('offers 报修 when a teacher scans the room label, and fills the form in one call', async () => {
    const db = w.ts.server.db.kysely;
    const batch = await db.insertInto('qr_batches').values({ school_id: w.schoolA, name: '教室', size: 1, created_by: null, created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db.insertInto('qr_codes').values({ school_id: w.schoolA, code: 'RPR2345678', batch_id: batch.id, target_type: 'room', target_id: roomA, linked_at: now, created_at: now, updated_at: now }).execute();
    const scan = await teacher.get<{ actions: { key: string; label: string; href: string }[] }>('/api/v1/qr/resolve/RPR2345678');
    assert.equal(scan.status, 200);
    assert.deepEqual(scan.body.actions.find((a) => a.key === 'repair'), { key: 'repair', label: '报修', href: `/m/repair/new?roomId=${roomA}` });
    const finance = await w.ts.as('finance');
    assert.ok(!(await finance.get<{ actions: { key: string }[] }>('/api/v1/qr/resolve/RPR2345678')).body.actions.some((a) => a.key === 'repair'), 'no 报修 button without the permission');

    const form = await teacher.get<{ room: { name: string; location: string }; categories: { name: string }[]; urgencies: { key: string; label: string; photoRequired: boolean }[] }>(`/api/v1/repair-requests/options?roomId=${roomA}`);
    assert.equal(form.status, 200);
    assert.deepEqual(form.body.room, { id: roomA, name: '三年级二班', location: '教学楼 3层' });
    assert.deepEqual(form.body.categories.map((c) => c.name), ['水', '电', '木工', '门窗', '桌椅', '多媒体', '网络', '空调', '其他']);
    assert.deepEqual(form.body.urgencies.map((u) => [u.label, u.photoRequired]), [['紧急', false], ['一般', true], ['预约', true]]);
    assert.equal((await teacher.get(`/api/v1/repair-requests/options?roomId=${roomB}`)).status, 404);
  });

  it('requires a photo for 一般 (not for 紧急) and writes nothing when refused', async () => {
    const before = [await count('repair_requests'), await count('work_orders'), await count('repair_events')];
    const refused = await submit(teacher, { roomId: roomA, categoryId: door, description: '门锁坏了', urgency: 'normal' });
    assert.equal(refused.status, 400);
    assert.equal((refused.body as unknown as { fields: { field: string }[] }).fields[0]?.field, 'photoFileIds');
    assert.match((refused.body as unknown as { message: string }).message, /照片/);
    assert.deepEqual([await count('repair_requests'), await count('work_orders'), await count('repair_events')], before);
    const urgent = await submit(teacher, { roomId: roomA, categoryId: door, description: '门关不上，风很大', urgency: 'urgent' });
    assert.equal(urgent.status, 200, JSON.stringify(urgent.body));
    assert.deepEqual([urgent.body.code, urgent.body.urgencyLabel, urgent.body.location], [`BX${String(urgent.body.id).padStart(6, '0')}`, '紧急', '教学楼 3层 三年级二班']);
    assert.ok(urgent.body.sla && urgent.body.sla.respondDueAt < urgent.body.sla.resolveDueAt);
  });

  it('refuses a text file as a photo (415) and an oversized photo (413), storing nothing', async () => {
    const text = await uploadDraftPhoto(teacher, teacherId, Buffer.from('这不是照片'), 'photo.jpg', 'image/jpeg');
    assert.equal(text.status, 415);
    const huge = await uploadDraftPhoto(teacher, teacherId, Buffer.alloc(w.ts.server.services.config.maxUploadBytes + 1024, 1), 'big.png');
    // why: the files module currently reads a file cut at the limit as damaged (415) rather than too large (413); either way it is refused.
    assert.ok([413, 415].includes(huge.status), String(huge.status));
    const someoneElses = await uploadDraftPhoto(teacher, teacher2Id);
    assert.equal(someoneElses.status, 404, 'a draft belongs to its uploader');
    const files = await w.ts.server.db.kysely.selectFrom('files').select('id').where('owner_type', '=', 'repair_draft').execute();
    assert.equal(files.length, 0);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
    const doc = await uploadDraftPhoto(teacher, teacherId, pdf, 'a.pdf', 'application/pdf');
    const notAPhoto = await submit(teacher, { roomId: roomA, categoryId: water, description: '漏水', urgency: 'normal', photoFileIds: [doc.body.id] });
    assert.equal(notAPhoto.status, 400);
    assert.match((notAPhoto.body as unknown as { message: string }).message, /只能是 JPG/);
  });

  it('says an open request of the same room and category exists, and takes a 跟进 instead of a duplicate', async () => {
    const photo = await uploadDraftPhoto(teacher, teacherId);
    const first = await submit(teacher, { roomId: roomA, categoryId: water, description: '水管漏水', urgency: 'normal', photoFileIds: [photo.body.id] });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const detail = (await teacher.get<Request>(`/api/v1/repair-requests/${first.body.id}`)).body;
    assert.equal(detail.photos.length, 1);
    assert.equal((await teacher.get(detail.photos[0]?.url ?? '')).status, 200, 'the requester sees their photo');

    const dup = await teacher2.get<{ items: { id: number; mine: boolean; following: boolean; progressLabel: string; requesterName: string }[] }>(`/api/v1/repair-requests/duplicates?roomId=${roomA}&categoryId=${water}`);
    assert.equal(dup.status, 200);
    assert.deepEqual(dup.body.items.map((d) => [d.id, d.mine, d.following, d.progressLabel, d.requesterName]), [[first.body.id, false, false, '待派单', 'teacher']]);
    assert.deepEqual((await teacher2.get<{ items: unknown[] }>(`/api/v1/repair-requests/duplicates?roomId=${roomA}&categoryId=${ac}`)).body.items, []);
    assert.equal((await teacher2.get(`/api/v1/repair-requests/${first.body.id}`)).status, 404, 'not theirs yet');
    assert.equal((await teacher2.get(detail.photos[0]?.url ?? '')).status, 404);

    const extra = await uploadDraftPhoto(teacher2, teacher2Id);
    const followed = await teacher2.post<Request>(`/api/v1/repair-requests/${first.body.id}/follow-up`, { comment: '下课后水更多了', photoFileIds: [extra.body.id] });
    assert.equal(followed.status, 200, JSON.stringify(followed.body));
    assert.equal(followed.body.photos.length, 2);
    assert.deepEqual(followed.body.timeline.at(-1)?.kind, 'follow_up');
    assert.equal(followed.body.timeline.at(-1)?.note, '下课后水更多了');
    assert.equal((await teacher2.get(`/api/v1/repair-requests/${first.body.id}`)).status, 200, 'a follower sees it from now on');
    assert.equal((await inbox(w.ts.server.db, teacherId, 'repair.follow_up')).length, 1);
    const blank = await teacher2.post(`/api/v1/repair-requests/${first.body.id}/follow-up`, { comment: '   ' });
    assert.equal(blank.status, 400);
  });

  it('declines with a reason the requester sees, and merges a duplicate so its photos and comments carry across', async () => {
    const a = await submit(teacher, { roomId: roomA2, categoryId: ac, description: '空调不制冷', urgency: 'urgent' });
    const bPhoto = await uploadDraftPhoto(teacher2, teacher2Id);
    const b = await submit(teacher2, { roomId: roomA2, categoryId: ac, description: '空调滴水', urgency: 'normal', photoFileIds: [bPhoto.body.id] });
    const merged = await head.post<Request>(`/api/v1/repair-requests/${b.body.id}/merge`, { version: b.body.version, targetId: a.body.id, note: '同一台空调' });
    assert.equal(merged.status, 200, JSON.stringify(merged.body));
    assert.deepEqual([merged.body.status, merged.body.progressLabel, merged.body.mergedIntoId], ['merged', '已合并', a.body.id]);
    assert.equal(merged.body.workOrder?.status, 'cancelled', 'the duplicate work order is cancelled');
    const target = await teacher2.get<Request>(`/api/v1/repair-requests/${a.body.id}`);
    assert.equal(target.status, 200, "the merged request's requester follows the target");
    assert.deepEqual(target.body.mergedRequests.map((m) => [m.id, m.requesterName]), [[b.body.id, '李老师']]);
    assert.deepEqual(target.body.photos.map((p) => p.id), [bPhoto.body.id]);
    assert.ok(target.body.timeline.some((e) => e.kind === 'merged_in') && target.body.timeline.some((e) => e.requestId === b.body.id && e.kind === 'submitted'));
    assert.equal((await inbox(w.ts.server.db, teacher2Id, 'repair.merged')).length, 1);
    const self = await head.post(`/api/v1/repair-requests/${a.body.id}/merge`, { version: target.body.version, targetId: a.body.id });
    assert.equal(self.status, 400);

    const declined = await head.post<Request>(`/api/v1/repair-requests/${a.body.id}/decline`, { version: target.body.version, reason: '空调由厂家保修，请联系厂家' });
    assert.equal(declined.status, 200, JSON.stringify(declined.body));
    const seen = await teacher.get<Request>(`/api/v1/repair-requests/${a.body.id}`);
    assert.deepEqual([seen.body.progressLabel, seen.body.declineReason], ['已驳回', '空调由厂家保修，请联系厂家']);
    assert.ok(seen.body.closedAt);
    const notice = (await inbox(w.ts.server.db, teacherId, 'repair.declined')).at(-1);
    assert.match(notice?.body ?? '', /原因：空调由厂家保修/);
    const again = await head.post(`/api/v1/repair-requests/${a.body.id}/decline`, { version: declined.body.version, reason: '再次' });
    assert.equal(again.status, 409);
    assert.match(String((again.body as unknown as { message: string }).message), /报修单当前状态为「已驳回」，不能驳回/);
  });

  it('waits for triage when auto-convert is off, then converts straight to a technician', async () => {
    const settings = await head.get<{ version: number }>('/api/v1/repair-settings');
    assert.equal((await head.put('/api/v1/repair-settings', { version: settings.body.version, autoConvert: false })).status, 200);
    try {
      const req = await submit(teacher, { locationText: '操场东侧围墙', categoryId: await categoryIdOf(w.ts.server.db, w.schoolA, '其他'), description: '围墙有裂缝', urgency: 'urgent' });
      assert.equal(req.status, 200, JSON.stringify(req.body));
      assert.deepEqual([req.body.status, req.body.progressLabel, req.body.workOrder, req.body.location], ['submitted', '待受理', null, '操场东侧围墙']);
      assert.equal((await inbox(w.ts.server.db, await userIdOf(w.ts.server.db, 'logistics_head', w.schoolA), 'repair.triage')).length, 1);
      assert.equal((await teacher.post(`/api/v1/repair-requests/${req.body.id}/convert`, { version: req.body.version })).status, 403);
      const techId = await userIdOf(w.ts.server.db, 'technician', w.schoolA);
      const stale = await head.post(`/api/v1/repair-requests/${req.body.id}/convert`, { version: req.body.version + 1, assigneeId: techId });
      assert.equal(stale.status, 409);
      const converted = await head.post<Request>(`/api/v1/repair-requests/${req.body.id}/convert`, { version: req.body.version, assigneeId: techId });
      assert.equal(converted.status, 200, JSON.stringify(converted.body));
      assert.deepEqual([converted.body.status, converted.body.progressLabel, converted.body.workOrder?.assigneeName], ['converted', '待接单', 'technician']);
      const withdrawn = await teacher.post<Request>(`/api/v1/repair-requests/${req.body.id}/cancel`, { version: converted.body.version, reason: '已自行处理' });
      assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
      assert.deepEqual([withdrawn.body.status, withdrawn.body.workOrder?.status], ['cancelled', 'cancelled']);
      assert.equal((await inbox(w.ts.server.db, techId, 'repair.cancelled')).length, 1);
    } finally {
      const now = await head.get<{ version: number }>('/api/v1/repair-settings');
      await head.put('/api/v1/repair-settings', { version: now.body.version, autoConvert: true });
    }
  });

  it('checks the report itself and names the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ categoryId: water, description: '漏水', urgency: 'urgent' }, 'roomId'],
      [{ roomId: roomA, categoryId: 999999, description: '漏水', urgency: 'urgent' }, 'categoryId'],
      [{ roomId: roomB, categoryId: water, description: '漏水', urgency: 'urgent' }, 'roomId'],
      [{ roomId: roomA, categoryId: water, description: '   ', urgency: 'urgent' }, 'description'],
      [{ roomId: roomA, categoryId: water, description: '漏水', urgency: 'scheduled' }, 'preferredAt'],
      [{ roomId: roomA, categoryId: water, description: '漏水', urgency: 'urgent', preferredAt: '2030-01-01T09:00:00+08:00' }, 'preferredAt'],
      [{ roomId: roomA, categoryId: water, description: '漏水', urgency: 'scheduled', preferredAt: '2020-01-01T09:00:00+08:00' }, 'preferredAt'],
      [{ roomId: roomA, categoryId: water, description: '漏水', urgency: '很急' }, 'urgency'],
      [{ roomId: roomA, categoryId: water, description: '漏水', urgency: 'urgent', photoFileIds: [987654] }, 'photoFileIds'],
      [{ roomId: roomA, categoryId: water, description: '漏水', urgency: 'urgent', assetId: 3 }, 'assetId'],
    ];
    for (const [body, field] of cases) {
      const res = await submit(teacher, body);
      assert.equal(res.status, 400, `${JSON.stringify(body)} → ${res.status}`);
      assert.equal((res.body as unknown as { fields: { field: string }[] }).fields[0]?.field, field, JSON.stringify(res.body));
    }
    const scheduledAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const photo = await uploadDraftPhoto(teacher, teacherId);
    const booked = await submit(teacher, { roomId: roomA, categoryId: await categoryIdOf(w.ts.server.db, w.schoolA, '多媒体'), description: '投影仪换灯泡', urgency: 'scheduled', preferredAt: scheduledAt, photoFileIds: [photo.body.id] });
    assert.equal(booked.status, 200, JSON.stringify(booked.body));
    assert.equal(booked.body.sla?.resolveDueAt, scheduledAt, 'a 预约 is due at the agreed time');
    assert.equal((await w.ts.client().post('/api/v1/repair-requests', { roomId: roomA, categoryId: water, description: '漏水', urgency: 'urgent' })).status, 401);
    assert.equal((await (await w.ts.as('finance')).post('/api/v1/repair-requests', { roomId: roomA, categoryId: water, description: '漏水', urgency: 'urgent' })).status, 403);
  });

  it('shows a teacher only their own requests, the school to its heads, and another school nothing', async () => {
    const bTeacher = await w.ts.as('b-teacher');
    const bWater = await categoryIdOf(w.ts.server.db, w.schoolB, '水');
    const foreign = await submit(bTeacher, { roomId: roomB, categoryId: bWater, description: '二校漏水', urgency: 'urgent' });
    assert.equal(foreign.status, 200, JSON.stringify(foreign.body));
    const own = await submit(teacher2, { roomId: roomA, categoryId: door, description: '窗户关不严', urgency: 'urgent' });

    const mine = await teacher.get<Page<Request>>('/api/v1/repair-requests?mine=true&pageSize=100');
    assert.ok(mine.body.items.length > 0 && mine.body.items.every((r) => r.id !== own.body.id && r.id !== foreign.body.id));
    const all = await teacher.get<Page<Request>>('/api/v1/repair-requests?pageSize=100');
    assert.ok(!all.body.items.some((r) => r.id === own.body.id), "a teacher does not see a colleague's report they do not follow");
    assert.equal((await teacher.get(`/api/v1/repair-requests/${own.body.id}`)).status, 404);
    assert.equal((await teacher.get(`/api/v1/repair-requests/${foreign.body.id}`)).status, 404);
    assert.equal((await head.get(`/api/v1/repair-requests/${foreign.body.id}`)).status, 404, "another school's record is 404");
    assert.equal((await head.post(`/api/v1/repair-requests/${foreign.body.id}/decline`, { version: 1, reason: '不是本校' })).status, 404);

    const school = await head.get<Page<Request>>(`/api/v1/repair-requests?pageSize=100&categoryId=${door}`);
    assert.ok(school.body.items.some((r) => r.id === own.body.id));
    assert.ok(school.body.items.every((r) => r.id !== foreign.body.id));
    const principal = await w.ts.as('principal');
    const read = await principal.get<Request>(`/api/v1/repair-requests/${own.body.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(Object.values(read.body.abilities).filter(Boolean), [], 'a principal reads without buttons');
    const inspector = await w.ts.as('inspector');
    const district = await inspector.get<Page<Request>>('/api/v1/repair-requests?pageSize=200');
    assert.ok(district.body.items.some((r) => r.id === foreign.body.id) && district.body.items.some((r) => r.id === own.body.id));
    assert.equal((await inspector.post('/api/v1/repair-requests', { roomId: roomA, categoryId: water, description: '漏水', urgency: 'urgent' })).status, 403);
    const paged = await head.get<Page<Request>>('/api/v1/repair-requests?page=1&pageSize=2&open=true');
    assert.equal(paged.body.items.length, 2);
    assert.ok(paged.body.total > 2);
    assert.ok(paged.body.items[0] && paged.body.items[1] && paged.body.items[0].id > paged.body.items[1].id, 'newest first');
  });

  it('flags a repeat fault of the same room and category within 30 days of a confirmed repair', async () => {
    const techId = await userIdOf(w.ts.server.db, 'technician', w.schoolA);
    const tech = await w.ts.as('technician');
    const wood = await categoryIdOf(w.ts.server.db, w.schoolA, '木工');
    const first = await submit(teacher, { roomId: roomA2, categoryId: wood, description: '讲台抽屉掉了', urgency: 'urgent' });
    let v = (await head.post<{ items: { version: number }[] }>('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: first.body.workOrder?.id, version: first.body.workOrder?.version }] })).body.items[0]?.version;
    const woId = first.body.workOrder?.id ?? 0;
    v = (await tech.post<{ version: number }>(`/api/v1/work-orders/${woId}/accept`, { version: v })).body.version;
    v = (await tech.post<{ version: number }>(`/api/v1/work-orders/${woId}/start`, { version: v })).body.version;
    const after = await uploadDraftPhoto(tech, techId);
    v = (await tech.post<{ version: number }>(`/api/v1/work-orders/${woId}/complete`, { version: v, laborHours: 0.5, photoFileIds: [after.body.id] })).body.version;
    assert.equal((await teacher.post(`/api/v1/work-orders/${woId}/confirm`, { version: v, rating: 5 })).status, 200);

    const again = await submit(teacher2, { roomId: roomA2, categoryId: wood, description: '抽屉又掉了', urgency: 'urgent' });
    assert.deepEqual([again.body.isRepeat, again.body.repeatOfId], [true, first.body.id]);
    assert.ok((await teacher2.get<Request>(`/api/v1/repair-requests/${again.body.id}`)).body.timeline.some((e) => e.kind === 'repeat'));
    const other = await submit(teacher2, { roomId: roomA2, categoryId: water, description: '饮水机漏水', urgency: 'urgent' });
    assert.equal(other.body.isRepeat, false, 'another category is not a repeat');
  });

  it('raises a real request when the checklist engine asks for one (one tap from a failed check)', async () => {
    const raiser = repairRaiser();
    assert.ok(raiser, 'the repairs module registers itself');
    const db = w.ts.server.db.kysely;
    const user = await db.selectFrom('users').select('id').where('id', '=', teacherId).where('school_id', '=', w.schoolA).executeTakeFirstOrThrow();
    const actor = await loadActor(db, user.id, 'test', null);
    assert.ok(actor);
    const raised = await db.transaction().execute((tx) => raiser({
      tx, actor, schoolId: w.schoolA,
      draft: { roomId: roomA2, categoryName: '不存在的分类', description: '食堂燃气日检 · 燃气管道无泄漏：不合格' },
      source: { resultId: 77, itemKey: 'gas', itemLabel: '燃气管道无泄漏', templateName: '食堂燃气日检', ownerType: 'room', ownerId: roomA2, photoFileIds: [] },
    }));
    const detail = await teacher.get<Request & { categoryName: string }>(`/api/v1/repair-requests/${raised.id}`);
    assert.equal(detail.status, 200, JSON.stringify(detail.body));
    assert.deepEqual([detail.body.categoryName, detail.body.progress, detail.body.location], ['其他', 'pending_dispatch', '艺术楼 1层 音乐教室']);
    assert.equal(detail.body.timeline[0]?.note, '食堂燃气日检 · 燃气管道无泄漏：不合格');
  });
});
