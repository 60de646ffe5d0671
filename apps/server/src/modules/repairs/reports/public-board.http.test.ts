import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { makeRoom } from '../../qr/qr.fixtures.js';
import { categoryIdOf, uploadDraftPhoto, userIdOf } from '../repairs.fixtures.js';

interface Board {
  schoolName: string;
  items: { code: string; reportedDate: string; location: string; categoryName: string; statusLabel: string; tone: string; completedDate: string | null; requesterName: string }[];
  months: { month: string; reported: number; completed: number; onTimeShare: number | null }[];
  onTimeShare: number | null;
}
interface Settings { publicBoard: boolean; publicBoardPath: string; version: number }
interface Wo { id: number; version: number }

describe('public repair board (报修公示)', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let teacher: ApiClient;
  const codes = { a: '', b: '' };

  const board = (code: string) => w.ts.client().get<Board & { message: string }>(`/api/v1/public/repair-board/${code}`);
  const turn = async (client: ApiClient, on: boolean) => {
    const s = await client.get<Settings>('/api/v1/repair-settings');
    return client.put<Settings>('/api/v1/repair-settings', { version: s.body.version, publicBoard: on });
  };

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    const schools = await db.kysely.selectFrom('schools').select(['id', 'code']).execute();
    codes.a = schools.find((s) => s.id === w.schoolA)?.code ?? '';
    codes.b = schools.find((s) => s.id === w.schoolB)?.code ?? '';
    // A compound surname, to see the mask keep it whole.
    await db.kysely.updateTable('users').set({ name: '欧阳娜娜' }).where('staff_no', '=', 'teacher').where('school_id', '=', w.schoolA).execute();
    head = await w.ts.as('logistics_head');
    teacher = await w.ts.as('teacher');
    const tech = await w.ts.as('technician');
    const techId = await userIdOf(db, 'technician', w.schoolA);
    const room = await makeRoom(db, w.schoolA, { name: '三年级二班', buildingName: '教学楼', floor: 3 });
    const water = await categoryIdOf(db, w.schoolA, '水');

    const fixed = await teacher.post<{ workOrder: Wo }>('/api/v1/repair-requests', { roomId: room, categoryId: water, description: '水龙头漏水，请联系欧阳老师 13800000000', urgency: 'urgent' });
    assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
    const wo = fixed.body.workOrder;
    let v = (await head.post<{ items: Wo[] }>('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: wo.id, version: wo.version }] })).body.items[0]!.version;
    v = (await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/accept`, { version: v })).body.version;
    v = (await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/start`, { version: v })).body.version;
    const photo = await uploadDraftPhoto(tech, techId);
    v = (await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/complete`, { version: v, laborHours: 1, photoFileIds: [photo.body.id] })).body.version;
    assert.equal((await teacher.post(`/api/v1/work-orders/${wo.id}/confirm`, { version: v, rating: 5 })).status, 200);

    const power = await categoryIdOf(db, w.schoolA, '电');
    const open = await teacher.post('/api/v1/repair-requests', { locationText: '操场东侧王老师车位旁', categoryId: power, description: '路灯不亮', urgency: 'urgent' });
    assert.equal(open.status, 200, JSON.stringify(open.body));

    const bTeacher = await w.ts.as('b-teacher');
    const bCategory = await categoryIdOf(db, w.schoolB, '木工');
    const other = await bTeacher.post('/api/v1/repair-requests', { locationText: '二实小门卫室', categoryId: bCategory, description: '门坏了', urgency: 'urgent' });
    assert.equal(other.status, 200, JSON.stringify(other.body));
  });
  after(async () => { await w.ts.close(); });

  it('answers 404 alike for a closed board and an unknown school, and 400 for a malformed code', async () => {
    const closed = await board(codes.a);
    const unknown = await board('NOSUCHSCHOOL');
    assert.deepEqual([closed.status, unknown.status], [404, 404]);
    assert.equal(closed.body.message, unknown.body.message, 'a visitor cannot tell which schools exist');
    assert.match(closed.body.message, /报修公示/);
    assert.equal((await board('a%20b')).status, 400);
  });

  it('is switched on in 报修设置 by whoever may edit them, at the current version', async () => {
    const s = (await head.get<Settings>('/api/v1/repair-settings')).body;
    assert.equal(s.publicBoard, false, 'off until the school decides');
    assert.equal((await teacher.put('/api/v1/repair-settings', { version: s.version, publicBoard: true })).status, 403);
    assert.equal((await w.ts.client().put('/api/v1/repair-settings', { version: s.version, publicBoard: true })).status, 401);
    assert.equal((await head.put('/api/v1/repair-settings', { version: s.version, publicBoard: 'yes' })).status, 400);
    const on = await head.put<Settings>('/api/v1/repair-settings', { version: s.version, publicBoard: true });
    assert.equal(on.status, 200, JSON.stringify(on.body));
    assert.equal(on.body.publicBoard, true);
    assert.equal(on.body.publicBoardPath, `/board/${codes.a}`, 'the settings tab links the board');
    assert.equal((await head.put('/api/v1/repair-settings', { version: s.version, publicBoard: false })).status, 409);
  });

  it('shows the school\'s own recent repairs to anyone, names masked and free text left out', async () => {
    const res = await board(codes.a);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.match(res.headers.get('cache-control') ?? '', /max-age=60/);
    const b = res.body;
    assert.equal(b.schoolName, '示范小学');
    assert.equal(b.items.length, 2, 'school B\'s request is not mixed in');
    const [lamp, tap] = b.items;
    assert.deepEqual([lamp?.categoryName, lamp?.location, lamp?.statusLabel, lamp?.completedDate], ['电', '校内公共区域', '已受理', null]);
    assert.deepEqual([tap?.categoryName, tap?.location, tap?.statusLabel, tap?.tone], ['水', '教学楼 三年级二班', '已完成', 'done']);
    assert.equal(tap?.completedDate, tap?.reportedDate);
    assert.match(tap?.code ?? '', /^BX\d{6}$/);
    assert.ok(b.items.every((i) => i.requesterName === '欧阳**'));

    const text = JSON.stringify(b);
    for (const secret of ['娜娜', '13800000000', '漏水', '王老师', '路灯', '门卫室']) assert.ok(!text.includes(secret), `${secret} must not be public`);
    for (const key of ['requesterId', 'assigneeId', 'id"', 'schoolId', 'description']) assert.ok(!text.includes(`"${key}`), `${key} must not be public`);

    assert.equal(b.months.length, 6);
    const thisMonth = b.months[5];
    assert.deepEqual([thisMonth?.reported, thisMonth?.completed], [2, 1]);
    assert.equal(b.onTimeShare, 1);
  });

  it('closes again when switched off, and each school\'s switch is its own', async () => {
    assert.equal((await board(codes.b)).status, 404);
    assert.equal((await turn(head, false)).status, 200);
    assert.equal((await board(codes.a)).status, 404);
  });
});
