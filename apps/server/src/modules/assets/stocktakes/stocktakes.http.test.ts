import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeUser } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;
type Detail = { stocktake: Body & { id: number; version: number; abilities: Record<string, boolean> }; rooms: Body[]; counters: Body[] };
type Adjustments = { items: (Body & { id: number; version: number; kind: string; assetId: number | null })[]; total: number; pending: number };

const fieldOf = (body: unknown) => ((body as { fields?: Body[] }).fields ?? [])[0]?.field;

describe('资产盘点 (stocktake)', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let teacher: ApiClient;
  let principal: ApiClient;
  let bKeeper: ApiClient;
  let roomA: number;
  let roomB: number;
  let ids: number[];
  let codes: string[];
  let outsideId: number;
  let otherSchoolCode: string;
  let teacherId: number;
  let st: Detail;

  const codeOf = async (c: ApiClient, id: number) => String((await c.get(`/api/v1/assets/${id}`)).body.qrCode);
  const fresh = async (id = st.stocktake.id) => (await keeper.get<Detail>(`/api/v1/asset-stocktakes/${id}`)).body;

  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    teacher = await w.ts.as('teacher');
    principal = await w.ts.as('principal');
    const head = await w.ts.as('logistics_head');
    const world = await assetWorld(head);
    roomA = world.roomId('三年级1班教室');
    roomB = world.roomId('三年级2班教室');
    teacherId = Number((await teacher.get('/api/v1/auth/me')).body.id);
    const batch = await keeper.post<{ items: Body[] }>('/api/v1/assets/batch', { ...desk(world.category('6010000-01')), count: 4, roomId: roomA });
    assert.equal(batch.status, 200, JSON.stringify(batch.body));
    ids = batch.body.items.map((i) => Number(i.id));
    const outside = await keeper.post('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '教室投影仪', roomId: roomB });
    outsideId = Number(outside.body.id);
    assert.equal((await keeper.post('/api/v1/assets/labels', { assetIds: [...ids, outsideId], layout: 'a4-3x8' })).status, 200);
    codes = await Promise.all(ids.map((id) => codeOf(keeper, id)));

    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-storekeeper', roles: ['storekeeper'] });
    bKeeper = await w.ts.as('b-storekeeper');
    const bCats = await bKeeper.get<{ items: Body[] }>('/api/v1/asset-categories');
    const bCat = Number(bCats.body.items.find((c) => c.code === '6010000-01')?.id);
    const bCard = await bKeeper.post('/api/v1/assets', desk(bCat));
    assert.equal(bCard.status, 200, JSON.stringify(bCard.body));
    assert.equal((await bKeeper.post('/api/v1/assets/labels', { assetIds: [bCard.body.id], layout: 'a4-3x8' })).status, 200);
    otherSchoolCode = await codeOf(bKeeper, Number(bCard.body.id));
  });
  after(async () => { await w.ts.close(); });

  it('opens a stocktake of one room with a snapshot of what should be there', async () => {
    const res = await keeper.post<Detail>('/api/v1/asset-stocktakes', { name: '2026 秋季盘点', scopeKind: 'room', scopeIds: [roomA], counterIds: [teacherId] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    st = res.body;
    assert.equal(st.stocktake.expectedCount, 4);
    assert.equal(st.stocktake.expectedValueFen, 480_000);
    assert.equal(st.stocktake.statusLabel, '盘点中');
    assert.deepEqual(st.stocktake.scopeNames, ['三年级1班教室']);
    assert.equal(st.rooms.length, 1);
    assert.deepEqual([st.rooms[0]?.expected, st.rooms[0]?.scanned], [4, 0]);
    assert.equal(st.stocktake.abilities.finish, true);
  });

  it('refuses to open for strangers, teachers and bad input, naming the field', async () => {
    const body = { name: 'x', scopeKind: 'school', counterIds: [teacherId] };
    assert.equal((await w.ts.client().post('/api/v1/asset-stocktakes', body)).status, 401);
    assert.equal((await teacher.post('/api/v1/asset-stocktakes', body)).status, 403);
    const noScope = await keeper.post('/api/v1/asset-stocktakes', { ...body, scopeKind: 'building' });
    assert.equal(noScope.status, 400);
    assert.equal(fieldOf(noScope.body), 'scopeIds');
    const badRoom = await keeper.post('/api/v1/asset-stocktakes', { ...body, scopeKind: 'room', scopeIds: [999999] });
    assert.equal(fieldOf(badRoom.body), 'scopeIds');
    const bUser = await keeper.post('/api/v1/asset-stocktakes', { ...body, counterIds: [999999] });
    assert.equal(bUser.status, 400);
    assert.equal(fieldOf(bUser.body), 'counterIds');
    const noName = await keeper.post('/api/v1/asset-stocktakes', { scopeKind: 'school', counterIds: [teacherId] });
    assert.equal(noName.status, 400);
    assert.match(String(noName.body.message), /盘点名称/);
  });

  it('lists it under 我的盘点 for the assigned teacher, and hides it from other schools', async () => {
    const mine = await teacher.get<{ items: Body[] }>('/api/v1/asset-stocktakes/mine');
    assert.deepEqual(mine.body.items.map((i) => i.id), [st.stocktake.id]);
    assert.equal((mine.body.items[0]?.abilities as Body).scan, true);
    assert.equal((await bKeeper.get(`/api/v1/asset-stocktakes/${st.stocktake.id}`)).status, 404);
    const list = await keeper.get<{ items: Body[]; total: number }>('/api/v1/asset-stocktakes');
    assert.equal(list.body.total, 1);
  });

  it('counts a card scanned by two counters at the same moment once', async () => {
    const [a, b] = await Promise.all([
      teacher.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/scans`, { code: `http://example.test/q/${codes[0]}`, roomId: roomA }),
      keeper.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/scans`, { code: codes[0], roomId: roomA }),
    ]);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(b.status, 200, JSON.stringify(b.body));
    assert.deepEqual([a.body.outcome, b.body.outcome].sort(), ['counted', 'duplicate']);
    const dup = a.body.outcome === 'duplicate' ? a.body : b.body;
    assert.match(String(dup.message), /不重复计数/);
    const d = await fresh();
    assert.equal(d.stocktake.scannedCount, 1);
    assert.equal(d.rooms[0]?.scanned, 1);
  });

  it('tells the scanner at once: wrong room, out of scope, manual pick, room label', async () => {
    const url = `/api/v1/asset-stocktakes/${st.stocktake.id}/scans`;
    const wrong = await teacher.post(url, { code: codes[1], roomId: roomB, condition: 'damaged', note: '桌腿松动' });
    assert.equal(wrong.body.outcome, 'wrong_room');
    assert.match(String(wrong.body.message), /三年级1班教室/);
    const outside = await keeper.post(url, { assetId: outsideId, roomId: roomA });
    assert.equal(outside.body.outcomeLabel, '不在本次范围');
    const manual = await keeper.post(url, { assetId: ids[2], roomId: roomA, custodianId: teacherId });
    assert.equal(manual.body.outcome, 'counted');
    assert.equal(manual.body.scannedCount, 3);
    const head = await w.ts.as('logistics_head');
    assert.equal((await head.post('/api/v1/qr/labels', { roomIds: [roomB], layout: 'a4-3x8' })).status, 200);
    const roomCode = String((await head.get(`/api/v1/rooms/${roomB}`)).body.qrCode);
    const roomScan = await teacher.post(url, { code: roomCode });
    assert.equal(roomScan.body.outcome, 'room', JSON.stringify(roomScan.body));
    assert.equal((roomScan.body.room as Body).id, roomB);
    const search = await teacher.get<{ items: Body[] }>(`/api/v1/asset-stocktakes/${st.stocktake.id}/search?q=投影`);
    assert.deepEqual(search.body.items.map((i) => [i.id, i.inScope, i.scanned]), [[outsideId, false, true]]);
    const mine = await teacher.get<{ items: Body[] }>(`${url}?mine=true`);
    assert.ok(mine.body.items.length >= 1);
    assert.ok(mine.body.items.every((i) => i.scannedByName === 'teacher'));
  });

  it("refuses another school's label or card, unknown codes and bad input", async () => {
    const url = `/api/v1/asset-stocktakes/${st.stocktake.id}/scans`;
    const other = await keeper.post(url, { code: otherSchoolCode });
    assert.equal(other.status, 404);
    assert.equal(other.body.code, 'STOCKTAKE_OTHER_SCHOOL');
    const bCards = await bKeeper.get<{ items: Body[] }>('/api/v1/assets');
    assert.equal((await keeper.post(url, { assetId: bCards.body.items[0]?.id })).status, 404);
    const unknown = await keeper.post(url, { code: 'ZZZZZZZZZZ' });
    assert.equal(unknown.status, 404);
    assert.match(String(unknown.body.message), /未知码/);
    const both = await keeper.post(url, { code: codes[3], assetId: ids[3] });
    assert.equal(fieldOf(both.body), 'code');
    const badRoom = await keeper.post(url, { assetId: ids[3], roomId: 999999 });
    assert.equal(fieldOf(badRoom.body), 'roomId');
    const badCondition = await keeper.post(url, { assetId: ids[3], condition: 'lost' });
    assert.equal(badCondition.status, 400);
    assert.match(String(badCondition.body.message), /状况/);
    assert.equal((await w.ts.client().post(url, { assetId: ids[3] })).status, 401);
    assert.equal((await principal.post(url, { assetId: ids[3] })).status, 403);
    assert.equal((await (await w.ts.as('b-teacher')).post(url, { assetId: ids[3] })).status, 404);
  });

  it('lets only listed counters scan: an unassigned teacher gets 403', async () => {
    const second = await keeper.post<Detail>('/api/v1/asset-stocktakes', { name: '投影仪抽盘', scopeKind: 'school', counterIds: [Number((await keeper.get('/api/v1/auth/me')).body.id)] });
    assert.equal(second.status, 200);
    // The teacher reads cards of their class but is no counter here: the stocktake is hidden from them.
    const res = await teacher.post(`/api/v1/asset-stocktakes/${second.body.stocktake.id}/scans`, { assetId: ids[0] });
    assert.equal(res.status, 403);
    assert.match(String(res.body.message), /不是这次盘点的盘点人/);
    assert.equal((await teacher.get(`/api/v1/asset-stocktakes/${second.body.stocktake.id}`)).status, 404, 'nor may they read it');
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'teacher-2', roles: ['teacher'] });
    const t2 = await w.ts.as('teacher-2');
    assert.equal((await t2.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/scans`, { assetId: ids[3] })).status, 403);
    assert.equal((await t2.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/extras`, { name: '旧椅子' })).status, 403);
  });

  it('finishes counting, then refuses scans (409) and stale versions', async () => {
    const d = await fresh();
    const stale = await keeper.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/finish-counting`, { version: d.stocktake.version - 1 });
    assert.equal(stale.status, 409);
    assert.equal((await teacher.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/finish-counting`, { version: d.stocktake.version })).status, 403);
    const early = await keeper.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/close`, { version: d.stocktake.version });
    assert.equal(early.status, 409, 'close before reconciled');
    const done = await keeper.post<Detail>(`/api/v1/asset-stocktakes/${st.stocktake.id}/finish-counting`, { version: d.stocktake.version });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.stocktake.statusLabel, '核对中');
    const late = await teacher.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/scans`, { assetId: ids[3] });
    assert.equal(late.status, 409);
  });

  it('shows results by kind', async () => {
    const res = await keeper.get<{ counts: Body; items: Body[] }>(`/api/v1/asset-stocktakes/${st.stocktake.id}/results?kind=missing`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.counts, { found: 3, missing: 1, unexpected: 1, wrongRoom: 1, wrongCustodian: 1, damaged: 1, extras: 0 });
    assert.deepEqual(res.body.items.map((i) => i.assetId), [ids[3]]);
    const wrong = await keeper.get<{ items: Body[] }>(`/api/v1/asset-stocktakes/${st.stocktake.id}/results?kind=wrong_room`);
    assert.equal(wrong.body.items[0]?.foundLocation, '教学楼 2层 三年级2班教室');
    const outside = await keeper.get<{ items: Body[] }>(`/api/v1/asset-stocktakes/${st.stocktake.id}/results?kind=unexpected`);
    assert.deepEqual(outside.body.items.map((i) => [i.assetId, i.name, i.expectedLocation, i.foundLocation, i.valueFen]),
      [[outsideId, '教室投影仪', '教学楼 2层 三年级2班教室', '教学楼 2层 三年级1班教室', 120_000]], 'a card outside the scope is expected where its card says now');
    assert.equal(typeof outside.body.items[0]?.scanId, 'number');
    const elsewhere = await keeper.get<{ items: Body[]; total: number }>(`/api/v1/asset-stocktakes/${st.stocktake.id}/results?kind=unexpected&roomId=${roomB}`);
    assert.equal(elsewhere.body.total, 0, 'filtered by the room it was found in');
    const inRoomB = await keeper.get<{ items: Body[]; total: number }>(`/api/v1/asset-stocktakes/${st.stocktake.id}/results?kind=found&roomId=${roomB}`);
    assert.deepEqual(inRoomB.body.items.map((i) => i.assetId), [ids[1]]);
    assert.equal((await keeper.get(`/api/v1/asset-stocktakes/${st.stocktake.id}/results?kind=lost`)).status, 400);
  });

  it('reconciles into proposals; approving moves the card and writes its timeline', async () => {
    const d = await fresh();
    assert.equal((await principal.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/reconcile`, { version: d.stocktake.version })).status, 403);
    const rec = await keeper.post<Detail>(`/api/v1/asset-stocktakes/${st.stocktake.id}/reconcile`, { version: d.stocktake.version });
    assert.equal(rec.status, 200, JSON.stringify(rec.body));
    assert.equal(rec.body.stocktake.pendingAdjustments, 5);
    const again = await keeper.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/reconcile`, { version: rec.body.stocktake.version });
    assert.equal(again.status, 409, 'reconciles once');
    const adj = await principal.get<Adjustments>(`/api/v1/asset-stocktakes/${st.stocktake.id}/adjustments`);
    assert.deepEqual(adj.body.items.map((i) => i.kind).sort(), ['damaged', 'missing', 'unexpected', 'wrong_custodian', 'wrong_room']);
    const wrongRoom = adj.body.items.find((i) => i.kind === 'wrong_room');
    assert.ok(wrongRoom);
    assert.equal(wrongRoom.toText, '教学楼 2层 三年级2班教室');

    const decide = `/api/v1/asset-stocktakes/${st.stocktake.id}/adjustments/decide`;
    assert.equal((await teacher.post(decide, { items: [{ id: wrongRoom.id, version: wrongRoom.version }], decision: 'approve' })).status, 403);
    assert.equal((await bKeeper.post(decide, { items: [{ id: wrongRoom.id, version: wrongRoom.version }], decision: 'approve' })).status, 404);
    const stale = await principal.post(decide, { items: [{ id: wrongRoom.id, version: wrongRoom.version + 1 }], decision: 'approve' });
    assert.equal(stale.status, 409);
    assert.equal((await keeper.get(`/api/v1/assets/${ids[1]}`)).body.roomId, roomA, 'a refused batch changes nothing');
    const bad = await principal.post(decide, { items: [], decision: 'approve' });
    assert.equal(bad.status, 400);
    const ok = await principal.post(decide, { items: [{ id: wrongRoom.id, version: wrongRoom.version }], decision: 'approve', note: '已核实' });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.pending, 4);
    assert.equal((await keeper.get(`/api/v1/assets/${ids[1]}`)).body.roomId, roomB);
    const history = await keeper.get<{ items: Body[] }>(`/api/v1/assets/${ids[1]}/history`);
    assert.ok(history.body.items.some((h) => h.kind === 'stocktake_adjustment' && String(h.kindLabel) === '盘点调整'));
    assert.ok(history.body.items.some((h) => h.kind === 'stocktake'));

    const missing = adj.body.items.find((i) => i.kind === 'missing');
    assert.ok(missing);
    const early = await keeper.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/close`, { version: (await fresh()).stocktake.version });
    assert.equal(early.status, 409);
    assert.match(String(early.body.message), /待审批/);
    const approveMissing = await principal.post(decide, { items: [{ id: missing.id, version: missing.version }], decision: 'approve' });
    assert.equal(approveMissing.status, 200);
    assert.equal((await keeper.get(`/api/v1/assets/${ids[3]}`)).body.status, 'pending_disposal');
    const rest = adj.body.items.filter((i) => i.id !== wrongRoom.id && i.id !== missing.id).map((i) => ({ id: i.id, version: i.version }));
    const rejected = await principal.post(decide, { items: rest, decision: 'reject' });
    assert.equal(rejected.body.pending, 0);
  });

  it('closes once everything is decided and reports the 帐实相符率', async () => {
    const d = await fresh();
    assert.equal(d.stocktake.abilities.close, true);
    const closed = await keeper.post<Detail>(`/api/v1/asset-stocktakes/${st.stocktake.id}/close`, { version: d.stocktake.version });
    assert.equal(closed.status, 200, JSON.stringify(closed.body));
    assert.equal(closed.body.stocktake.statusLabel, '已结束');
    const report = await principal.get(`/api/v1/asset-stocktakes/${st.stocktake.id}/report`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    // Found in the right place with the right custodian: the first card and the manual pick whose custodian was confirmed differently → 1 of 4.
    assert.equal(report.body.expectedCount, 4);
    assert.equal(report.body.foundCount, 3);
    assert.equal(report.body.matchedCount, 1);
    assert.equal(report.body.matchRate, 0.25);
    assert.equal(report.body.missingValueFen, 120_000);
    const xlsx = await principal.get(`/api/v1/asset-stocktakes/${st.stocktake.id}/report.xlsx`);
    assert.equal(xlsx.status, 200);
    assert.match(String(xlsx.headers.get('content-disposition')), /filename\*=UTF-8''/);
    assert.equal(xlsx.raw.subarray(0, 2).toString(), 'PK');
    assert.equal((await teacher.get(`/api/v1/asset-stocktakes/${st.stocktake.id}/report.xlsx`)).status, 403);
    const late = await keeper.post(`/api/v1/asset-stocktakes/${st.stocktake.id}/scans`, { assetId: ids[3] });
    assert.equal(late.status, 409, 'no scans after close');
  });
});
