import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeUser } from '../../../../test/factories.js';
import { type Body, type Detail, movementWorld, notices, step } from './movements.fixtures.js';

type World = Awaited<ReturnType<typeof movementWorld>>;
const errField = (b: Body) => (b.fields as Body[] | undefined)?.[0]?.field;

describe('资产调拨 (transfer): request, approval, receipt', () => {
  let t: World;
  let chairs: number[];
  let doc: Detail;

  before(async () => {
    t = await movementWorld();
    chairs = await t.cards(2);
  });
  after(async () => { await t.w.ts.close(); });

  it('creates and submits a transfer of two cards; custody does not change yet', async () => {
    const res = await t.keeper.post<Detail>('/api/v1/asset-movements', {
      kind: 'transfer', assetIds: chairs, toCustodianId: t.teacherId, toRoomId: t.classRoom, reason: '新学期三年级1班添置课桌椅', submit: true,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    doc = res.body;
    assert.match(String(doc.movement.code), /^DB\d{4}-0001$/);
    assert.equal(doc.movement.statusLabel, '待审批');
    assert.equal(doc.movement.assetCount, 2);
    assert.equal(doc.movement.assetSummary, '学生课桌椅（单人） ×2');
    assert.match(String(doc.movement.toText), /teacher · .*三年级1班教室/);
    assert.deepEqual(doc.steps.map((s) => s.actionLabel), ['填写', '提交']);
    assert.equal(doc.movement.abilities.approve, false, 'the requester may not approve their own request');
    const card = await t.keeper.get(`/api/v1/assets/${chairs[0]}`);
    assert.equal(card.body.custodianId, null);
    assert.equal((await notices(t.principal, 'asset_movement.submitted')).length, 1);
  });

  it('refuses the requester approving, and a teacher sees only documents involving them', async () => {
    const own = await step(t.keeper, doc, 'approve');
    assert.equal(own.status, 403);
    assert.match(String(own.body.message), /不能审批自己/);
    const teacherList = await t.teacher.get<{ items: Body[] }>('/api/v1/asset-movements');
    assert.equal(teacherList.body.items.length, 1, 'the teacher is the receiver');
    const bTeacher = await t.w.ts.as('b-teacher', 'DEXX');
    assert.equal((await bTeacher.get(`/api/v1/asset-movements/${doc.movement.id}`)).status, 404);
    assert.equal((await step(bTeacher, doc, 'receive')).status, 404);
    assert.equal((await bTeacher.get<{ items: Body[] }>('/api/v1/asset-movements')).body.items.length, 0);
  });

  it('lets one of two simultaneous approvals win; the other gets 409', async () => {
    const results = await Promise.all([step(t.principal, doc, 'approve'), step(t.head, doc, 'approve', { note: '同意' })]);
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 409]);
    const loser = results.find((r) => r.status === 409);
    assert.equal(loser?.body.movement === undefined, true);
    const winner = results.find((r) => r.status === 200);
    doc = winner!.body;
    assert.equal(doc.movement.statusLabel, '待接收');
    assert.equal(doc.steps.filter((s) => s.action === 'approve').length, 1);
  });

  it('tells the receiver, lists the document under 待我确认, and refuses illegal steps with 409', async () => {
    const toReceive = await notices(t.teacher, 'asset_movement.to_receive');
    assert.equal(toReceive.length, 1);
    assert.match(String(toReceive[0]?.link), /^\/m\/movements\/\d+$/);
    const todo = await t.teacher.get<{ items: Body[] }>('/api/v1/asset-movements?todo=receive');
    assert.deepEqual(todo.body.items.map((m) => m.id), [doc.movement.id]);
    assert.equal((todo.body.items[0]?.abilities as Body).receive, true);
    const lend = await step(t.keeper, doc, 'lend');
    assert.equal(lend.status, 409);
    assert.equal(lend.body.code, 'ASSET_MOVEMENT_STATE');
    assert.match(String(lend.body.message), /待接收.*不能借出/);
    const stale = await t.teacher.post(`/api/v1/asset-movements/${doc.movement.id}/receive`, { version: doc.movement.version - 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'STALE_VERSION');
    const forOther = await step(t.keeper, doc, 'receive');
    assert.equal(forOther.status, 400, 'a storekeeper confirming for the receiver must say why');
    assert.equal(errField(forOther.body), 'note');
  });

  it('changes custody only on receipt, with timeline entries on each card', async () => {
    const res = await step(t.teacher, doc, 'receive', { note: '已收到，数量无误' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    doc = res.body;
    assert.equal(doc.movement.statusLabel, '已完成');
    assert.equal(doc.steps.at(-1)?.actionLabel, '确认接收');
    for (const id of chairs) {
      const card = await t.keeper.get(`/api/v1/assets/${id}`);
      assert.equal(card.body.custodianName, 'teacher');
      assert.match(String(card.body.location), /三年级1班教室/);
      const history = await t.keeper.get<{ items: Body[] }>(`/api/v1/assets/${id}/history`);
      const moves = history.body.items.filter((e) => e.kind === 'movement');
      assert.ok(moves.length >= 3, 'submitted, approved and received are on the timeline');
      const received = moves.find((e) => (e.changes as Body[]).length > 0 || /新学期/.test(String(e.note)));
      assert.ok(received, JSON.stringify(moves));
    }
    assert.equal((await step(t.teacher, doc, 'cancel')).status, 409, 'a finished transfer cannot be cancelled');
  });

  it('answers 401, 403 and 400 for the wrong people and bad input', async () => {
    const anon = t.w.ts.client();
    assert.equal((await anon.get('/api/v1/asset-movements')).status, 401);
    assert.equal((await anon.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: chairs, toRoomId: t.otherRoom, reason: 'x' })).status, 401);
    const technician = await t.w.ts.as('technician');
    assert.equal((await technician.get('/api/v1/asset-movements')).status, 403);
    const finance = await t.w.ts.as('finance');
    assert.equal((await finance.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: chairs, toRoomId: t.otherRoom, reason: 'x' })).status, 403);
    assert.equal((await step(finance, doc, 'approve')).status, 409);
    assert.equal((await t.teacher.get('/api/v1/asset-movements/export.xlsx')).status, 403);

    const noReason = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: chairs, toRoomId: t.otherRoom });
    assert.equal(noReason.status, 400);
    assert.match(String(noReason.body.message), /事由/);
    const noTarget = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: chairs, reason: '调整' });
    assert.equal(errField(noTarget.body), 'toCustodianId');
    const badRoom = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: chairs, toRoomId: 999999, reason: '调整' });
    assert.equal(badRoom.status, 400);
    assert.equal(errField(badRoom.body), 'toRoomId');
    assert.match(String(badRoom.body.message), /接收地点/);
    const unknownCard = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: [chairs[0], 999999], toRoomId: t.otherRoom, reason: '调整' });
    assert.equal(errField(unknownCard.body), 'assetIds.1');
    const loanNoDue = await t.keeper.post('/api/v1/asset-movements', { kind: 'loan', assetIds: chairs, toCustodianId: t.teacherId, reason: '公开课' });
    assert.equal(errField(loanNoDue.body), 'dueDate');
    const badId = await t.keeper.get('/api/v1/asset-movements/abc');
    assert.equal(badId.status, 400);
  });

  it("refuses another school's cards and a teacher's request for cards they do not hold", async () => {
    const dbw = t.w.ts.server.db;
    await makeUser(dbw, { schoolId: t.w.schoolB, staffNo: 'b-keeper', roles: ['storekeeper'] });
    const bKeeper = await t.w.ts.as('b-keeper', 'DEXX');
    const bCards = await bKeeper.get<{ items: Body[] }>('/api/v1/asset-categories');
    assert.equal(bCards.status, 200);
    const cat = Number(bCards.body.items.find((c) => c.code === '6010000-01')?.id);
    const bCard = await bKeeper.post('/api/v1/assets', { name: '乙校课桌', categoryId: cat, originalValueFen: 50_000, acquisitionMethod: 'purchase', acquiredOn: '2026-09-01' });
    assert.equal(bCard.status, 200, JSON.stringify(bCard.body));
    const foreign = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: [bCard.body.id], toRoomId: t.otherRoom, reason: '调整' });
    assert.equal(foreign.status, 400);
    assert.equal(errField(foreign.body), 'assetIds.0');
    const [stranger] = await t.cards(1);
    const notMine = await t.teacher.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: [stranger], toRoomId: t.otherRoom, reason: '调整' });
    assert.equal(notMine.status, 400);
    assert.match(String(notMine.body.message), /不是您保管/);
    const bDoc = await bKeeper.post<Detail>('/api/v1/asset-movements', { kind: 'transfer', assetIds: [bCard.body.id], toRoomId: null, reason: 'x' });
    assert.equal(bDoc.status, 400);
  });

  it('refuses a card pending disposal or already in another open document (409 naming it)', async () => {
    const [a, b] = await t.cards(2);
    await t.kysely.updateTable('assets').set({ status: 'pending_disposal' }).where('id', '=', a!).execute();
    const blocked = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: [b, a], toRoomId: t.otherRoom, reason: '调整' });
    assert.equal(blocked.status, 409);
    assert.equal(blocked.body.code, 'ASSET_MOVEMENT_CARD_BLOCKED');
    assert.match(String(blocked.body.message), /学生课桌椅.*ZC.*待报废，不能调拨/);
    const first = await t.keeper.post<Detail>('/api/v1/asset-movements', { kind: 'transfer', assetIds: [b], toRoomId: t.otherRoom, reason: '调整' });
    assert.equal(first.status, 200);
    assert.equal(first.body.movement.statusLabel, '草稿');
    const busy = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: [b], toCustodianId: t.teacherId, reason: '再调整' });
    assert.equal(busy.status, 409);
    assert.equal(busy.body.code, 'ASSET_MOVEMENT_CARD_BUSY');
    assert.match(String(busy.body.message), new RegExp(String(first.body.movement.code)));
    // Disposal starting after submission stops the approval.
    const submitted = await step(t.keeper, first.body, 'submit');
    assert.equal(submitted.status, 200);
    await t.kysely.updateTable('assets').set({ status: 'pending_disposal' }).where('id', '=', b!).execute();
    const approve = await step(t.principal, submitted.body, 'approve');
    assert.equal(approve.status, 409);
    assert.equal(approve.body.code, 'ASSET_MOVEMENT_CARD_BLOCKED');
    // Rejecting frees nothing to move but closes the document; the requester hears why.
    const rejected = await step(t.principal, submitted.body, 'reject', { reason: '该资产待报废' });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.body.movement.statusLabel, '已驳回');
    assert.equal((await notices(t.keeper, 'asset_movement.rejected')).length, 1);
  });

  it('filters, exports and prints', async () => {
    const list = await t.keeper.get<{ items: Body[]; total: number }>(`/api/v1/asset-movements?kind=transfer&status=done&assetId=${chairs[0]}`);
    assert.equal(list.body.total, 1);
    const q = await t.keeper.get<{ total: number }>(`/api/v1/asset-movements?q=${encodeURIComponent(String(doc.movement.code))}`);
    assert.equal(q.body.total, 1);
    const approveTodo = await t.principal.get<{ total: number }>('/api/v1/asset-movements?todo=approve');
    assert.equal(approveTodo.body.total, 0);
    const xlsx = await t.keeper.get('/api/v1/asset-movements/export.xlsx?kind=transfer');
    assert.equal(xlsx.status, 200);
    assert.match(String(xlsx.headers.get('content-type')), /spreadsheetml/);
    const pdf = await t.teacher.get(`/api/v1/asset-movements/${doc.movement.id}.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.raw.subarray(0, 4).toString(), '%PDF');
    const bTeacher = await t.w.ts.as('b-teacher', 'DEXX');
    assert.equal((await bTeacher.get(`/api/v1/asset-movements/${doc.movement.id}.pdf`)).status, 404);
  });
});
