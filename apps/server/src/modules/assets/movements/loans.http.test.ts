import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runOverdueLoansJob } from './jobs/overdue-loans-job.js';
import { type Body, type Detail, movementWorld, notices, step } from './movements.fixtures.js';

type World = Awaited<ReturnType<typeof movementWorld>>;
const errField = (b: Body) => (b.fields as Body[] | undefined)?.[0]?.field;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('资产借用、归还与退库 (loans, returns, store returns)', () => {
  let t: World;
  let projector: number;
  let loan: Detail;

  before(async () => {
    t = await movementWorld();
    projector = Number((await t.cards(1, { name: '便携投影仪' }))[0]);
    const card = await t.keeper.get(`/api/v1/assets/${projector}`);
    const idle = await t.keeper.patch(`/api/v1/assets/${projector}`, { version: card.body.version, status: 'idle' });
    assert.equal(idle.status, 200, JSON.stringify(idle.body));
  });
  after(async () => { await t.w.ts.close(); });

  it('lets a teacher borrow an idle card for themselves only, with a due date not in the past', async () => {
    const past = await t.teacher.post('/api/v1/asset-movements', { kind: 'loan', assetIds: [projector], reason: '公开课', dueDate: '2020-01-01' });
    assert.equal(errField(past.body), 'dueDate');
    const other = await t.teacher.post('/api/v1/asset-movements', { kind: 'loan', assetIds: [projector], toCustodianId: 999999, reason: '公开课', dueDate: inDays(3) });
    assert.equal(errField(other.body), 'toCustodianId');
    const res = await t.teacher.post<Detail>('/api/v1/asset-movements', { kind: 'loan', assetIds: [projector], reason: '公开课借用投影仪', dueDate: inDays(3), submit: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    loan = res.body;
    assert.match(String(loan.movement.code), /^JY\d{4}-0001$/);
    assert.equal(loan.movement.toCustodianName, 'teacher');
    assert.equal(loan.movement.statusLabel, '待审批');
  });

  it('approves, then the storekeeper lends: the card is 出租出借 and held by the borrower', async () => {
    const approved = await step(t.principal, loan, 'approve');
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.movement.statusLabel, '待借出');
    assert.equal((await notices(t.keeper, 'asset_movement.to_lend')).length, 1);
    assert.equal((await step(t.teacher, approved.body, 'lend')).status, 403, 'only the storekeeper hands out');
    const lent = await step(t.keeper, approved.body, 'lend');
    assert.equal(lent.status, 200, JSON.stringify(lent.body));
    loan = lent.body;
    assert.equal(loan.movement.statusLabel, '借出中');
    const card = await t.keeper.get(`/api/v1/assets/${projector}`);
    assert.equal(card.body.statusLabel, '出租出借');
    assert.equal(card.body.custodianName, 'teacher');
    const transfer = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: [projector], toRoomId: t.otherRoom, reason: '调整' });
    assert.equal(transfer.status, 409);
    assert.match(String(transfer.body.message), /已借出，归还后才能调拨/);
  });

  it('reminds the borrower and the storekeeper once a day when overdue, across runs', async () => {
    await t.kysely.updateTable('asset_movements').set({ due_date: inDays(-2) }).where('id', '=', loan.movement.id).execute();
    const first = await runOverdueLoansJob(t.kysely);
    const second = await runOverdueLoansJob(t.kysely);
    assert.equal(first.reminded, 1);
    assert.equal(second.reminded, 0);
    assert.equal((await notices(t.teacher, 'asset_movement.overdue')).length, 1);
    assert.equal((await notices(t.keeper, 'asset_movement.overdue')).length, 1);
    const overdue = await t.keeper.get<{ items: Body[] }>('/api/v1/asset-movements?overdue=true');
    assert.deepEqual(overdue.body.items.map((m) => m.id), [loan.movement.id]);
    assert.equal(overdue.body.items[0]?.overdue, true);
    const tomorrow = await runOverdueLoansJob(t.kysely, new Date(Date.now() + 86_400_000));
    assert.equal(tomorrow.reminded, 1, 'the next day brings the next reminder');
  });

  it('takes the card back with its condition; a damaged card opens a 损坏赔偿 record', async () => {
    const detail = await t.keeper.get<Detail>(`/api/v1/asset-movements/${loan.movement.id}`);
    const bad = await step(t.keeper, detail.body, 'return', { lines: [{ assetId: 999999, condition: 'good' }] });
    assert.equal(errField(bad.body), 'lines.0.assetId');
    const res = await step(t.keeper, detail.body, 'return', { lines: [{ assetId: projector, condition: 'damaged', note: '镜头划伤' }] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.movement.statusLabel, '已归还');
    assert.equal(res.body.lines[0]?.returnConditionLabel, '损坏');
    assert.match(String(res.body.hint), /损坏赔偿/);
    const card = await t.keeper.get(`/api/v1/assets/${projector}`);
    assert.equal(card.body.statusLabel, '闲置');
    assert.equal(card.body.custodianId, null);
    const history = await t.keeper.get<{ items: Body[] }>(`/api/v1/assets/${projector}/history`);
    assert.ok(history.body.items.some((e) => e.kind === 'loan_return' && /损坏（镜头划伤）/.test(String(e.note))));
    assert.ok(history.body.items.some((e) => e.kind === 'loan'));
    // The damage is on record in 损坏赔偿 with the borrower answering for it.
    const damages = await t.keeper.get<{ items: Body[] }>(`/api/v1/asset-damages?assetId=${projector}`);
    assert.equal(damages.status, 200, JSON.stringify(damages.body));
    assert.equal(damages.body.items.length, 1);
    assert.match(String(damages.body.items[0]?.description), /归还时发现损坏：镜头划伤/);
    assert.equal(damages.body.items[0]?.partyType, 'user');
  });

  it('store return: the holder hands cards back, the storekeeper confirms into the store room', async () => {
    const head = t.head;
    const settings = await head.get('/api/v1/asset-movement-settings');
    assert.equal(settings.body.version, 0);
    assert.equal((await t.keeper.put('/api/v1/asset-movement-settings', { version: 0, lowValueNeedsApproval: true, storeRoomId: t.otherRoom })).status, 403);
    const saved = await head.put('/api/v1/asset-movement-settings', { version: 0, lowValueNeedsApproval: false, storeRoomId: t.otherRoom });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.storeRoomName, '三年级2班教室');
    assert.equal((await head.put('/api/v1/asset-movement-settings', { version: 0, lowValueNeedsApproval: false, storeRoomId: null })).status, 409);

    const [chair] = await t.cards(1, { custodianId: t.teacherId, roomId: t.classRoom });
    const res = await t.teacher.post<Detail>('/api/v1/asset-movements', { kind: 'store_return', assetIds: [chair], reason: '多余课桌交回', submit: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.movement.statusLabel, '待保管员确认');
    assert.equal((await step(t.teacher, res.body, 'receive')).status, 403);
    const done = await step(t.keeper, res.body, 'receive');
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.movement.statusLabel, '已完成');
    const card = await t.keeper.get(`/api/v1/assets/${chair}`);
    assert.equal(card.body.custodianId, null);
    assert.equal(card.body.statusLabel, '闲置');
    assert.match(String(card.body.location), /三年级2班教室/);
  });

  it('lets low-value cards through without approval when the school says so', async () => {
    const [stool] = await t.cards(1, { name: '塑料凳', originalValueFen: 5_000 });
    const res = await t.keeper.post<Detail>('/api/v1/asset-movements', { kind: 'transfer', assetIds: [stool], toRoomId: t.classRoom, reason: '补充凳子', submit: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.movement.statusLabel, '待接收');
    assert.equal(res.body.movement.needsApproval, false);
    assert.ok(res.body.steps.some((s) => s.actionLabel === '免审批'));
    // No receiver named: the 班主任 of the receiving classroom confirms.
    const received = await step(t.teacher, res.body, 'receive');
    assert.equal(received.status, 200, JSON.stringify(received.body));
    const card = await t.keeper.get(`/api/v1/assets/${stool}`);
    assert.match(String(card.body.location), /三年级1班教室/);
  });

  it('cancels before anything moved, freeing the cards', async () => {
    const [desk] = await t.cards(1);
    const draft = await t.keeper.post<Detail>('/api/v1/asset-movements', { kind: 'loan', assetIds: [desk], toCustodianId: t.teacherId, reason: '借用', dueDate: inDays(5) });
    assert.equal(draft.status, 200, JSON.stringify(draft.body));
    assert.equal((await step(t.teacher, draft.body, 'cancel')).status, 403, 'only the requester or a manager withdraws');
    const cancelled = await step(t.keeper, draft.body, 'cancel', { note: '课程调整' });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.equal(cancelled.body.movement.statusLabel, '已撤销');
    const again = await t.keeper.post('/api/v1/asset-movements', { kind: 'transfer', assetIds: [desk], toRoomId: t.otherRoom, reason: '重新安排' });
    assert.equal(again.status, 200, 'the card is free again');
  });
});
