import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { assetWorld, desk } from '../assets/assets.fixtures.js';
import { categoryIdOf, uploadDraftPhoto, userIdOf } from './repairs.fixtures.js';

interface Request {
  id: number; roomId: number | null; roomName: string | null; assetId: number | null; assetName: string | null; assetCode: string | null;
  isRepeat: boolean; repeatOfId: number | null; workOrder: { id: number; version: number } | null;
}
interface FormOptions { room: { id: number; name: string } | null; asset: { id: number; name: string } | null; assets: { id: number; code: string; name: string }[] }

// The 报修 button on an asset label, and the room's assets to pick on the form (issues 3 and 4 meet here).
describe('repairs of an asset', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let teacher: ApiClient;
  let roomId = 0;
  let projector = 0;
  let otherSchoolAsset = 0;
  let media = 0;

  before(async () => {
    w = await startWithTwoSchools();
    head = await w.ts.as('logistics_head');
    teacher = await w.ts.as('teacher');
    const world = await assetWorld(head);
    roomId = world.roomId('三年级1班教室');
    const created = await head.post<{ id: number }>('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '教室投影仪', originalValueFen: 450_000, roomId });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    projector = created.body.id;
    await head.post('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '另一间的电脑', roomId: world.roomId('三年级2班教室') });
    // School B's card is copied in the database: no role of school B in the test world may create assets.
    const db = w.ts.server.db.kysely;
    const { id: _id, ...card } = await db.selectFrom('assets').selectAll().where('id', '=', projector).executeTakeFirstOrThrow();
    otherSchoolAsset = (await db.insertInto('assets').values({ ...card, school_id: w.schoolB, code: 'B-0001', room_id: null, name: '二校电脑' }).returning('id').executeTakeFirstOrThrow()).id;
    // Every card has its depreciation counters row (asset_depreciation_state), written with the card.
    await db.insertInto('asset_depreciation_state').values({ asset_id: otherSchoolAsset, school_id: w.schoolB, booked_dep_months: 0, accumulated_depreciation_fen: 0 }).execute();
    media = await categoryIdOf(w.ts.server.db, w.schoolA, '多媒体');
  });
  after(async () => { await w.ts.close(); });

  it('opens the form from an asset label with its room filled in and the room\'s assets to pick from', async () => {
    const fromAsset = await teacher.get<FormOptions>(`/api/v1/repair-requests/options?assetId=${projector}`);
    assert.equal(fromAsset.status, 200, JSON.stringify(fromAsset.body));
    assert.equal(fromAsset.body.room?.id, roomId);
    assert.equal(fromAsset.body.asset?.name, '教室投影仪');
    assert.deepEqual(fromAsset.body.assets.map((a) => a.name), ['教室投影仪'], 'only the assets of this room');
    const fromRoom = await teacher.get<FormOptions>(`/api/v1/repair-requests/options?roomId=${roomId}`);
    assert.deepEqual([fromRoom.body.asset, fromRoom.body.assets.length], [null, 1]);
    assert.equal((await teacher.get(`/api/v1/repair-requests/options?assetId=${otherSchoolAsset}`)).status, 404, 'another school\'s asset');
  });

  it('files the request against the asset, in its room, and puts it on the asset\'s history', async () => {
    const res = await teacher.post<Request>('/api/v1/repair-requests', { assetId: projector, categoryId: media, description: '投影仪不亮', urgency: 'urgent' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.roomId, res.body.assetId, res.body.assetName], [roomId, projector, '教室投影仪']);
    assert.ok(res.body.assetCode);
    const history = await head.get<{ items: { kind: string; note: string | null }[] }>(`/api/v1/assets/${projector}/history`);
    assert.ok(history.body.items.some((e) => e.kind === 'repair' && e.note?.includes('投影仪不亮')), JSON.stringify(history.body));
  });

  it('refuses another school\'s asset by naming the field, and writes nothing', async () => {
    const before = await w.ts.server.db.kysely.selectFrom('repair_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await teacher.post<{ fields: { field: string; message: string }[] }>('/api/v1/repair-requests', { assetId: otherSchoolAsset, categoryId: media, description: '坏了', urgency: 'urgent' });
    assert.equal(res.status, 400);
    assert.equal(res.body.fields[0]?.field, 'assetId');
    assert.match(res.body.fields[0]?.message ?? '', /报修资产/);
    const afterCount = await w.ts.server.db.kysely.selectFrom('repair_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
  });

  it('flags the same asset failing again within the window as a repeat, whatever the category', async () => {
    const first = await teacher.post<Request>('/api/v1/repair-requests', { assetId: projector, categoryId: media, description: '投影仪没画面', urgency: 'urgent' });
    const techId = await userIdOf(w.ts.server.db, 'technician', w.schoolA);
    const tech = await w.ts.as('technician');
    const woId = first.body.workOrder?.id ?? 0;
    let v = (await head.post<{ items: { version: number }[] }>('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: woId, version: first.body.workOrder?.version }] })).body.items[0]?.version;
    v = (await tech.post<{ version: number }>(`/api/v1/work-orders/${woId}/accept`, { version: v })).body.version;
    v = (await tech.post<{ version: number }>(`/api/v1/work-orders/${woId}/start`, { version: v })).body.version;
    const photo = await uploadDraftPhoto(tech, techId);
    v = (await tech.post<{ version: number }>(`/api/v1/work-orders/${woId}/complete`, { version: v, laborHours: 0.5, photoFileIds: [photo.body.id] })).body.version;
    assert.equal((await teacher.post(`/api/v1/work-orders/${woId}/confirm`, { version: v, rating: 5 })).status, 200);

    const electric = await categoryIdOf(w.ts.server.db, w.schoolA, '电');
    const again = await teacher.post<Request>('/api/v1/repair-requests', { assetId: projector, categoryId: electric, description: '投影仪电源灯不亮', urgency: 'urgent' });
    assert.deepEqual([again.body.isRepeat, again.body.repeatOfId], [true, first.body.id]);
  });
});
