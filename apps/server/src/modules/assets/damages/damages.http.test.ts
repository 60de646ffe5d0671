import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeUser } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;
type Detail = { damage: Body & { id: number; version: number; abilities: Record<string, boolean> }; log: Body[] };
const fieldOf = (res: { body: unknown }) => ((res.body as Body).fields as Body[] | undefined)?.[0]?.field;

describe('损坏赔偿 (damage and compensation)', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let principal: ApiClient;
  let finance: ApiClient;
  let projector: number;
  let desk1: number;
  let damage: Detail;

  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    principal = await w.ts.as('principal');
    finance = await w.ts.as('finance');
    const world = await assetWorld(await w.ts.as('logistics_head'));
    projector = Number((await keeper.post('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '教室投影仪', originalValueFen: 350_050 })).body.id);
    desk1 = Number((await keeper.post('/api/v1/assets', desk(world.category('6010000-01')))).body.id);
  });
  after(async () => { await w.ts.close(); });

  const record = (extra: Body = {}) => ({
    assetId: projector, occurredOn: '2026-11-02', cause: 'accident', description: '课间打闹碰倒投影仪，镜头碎裂', partyType: 'student', partyName: '王小明', partyClass: '三年级1班', ...extra,
  });
  const act = (c: ApiClient, action: string, body: Body = {}) => c.post<Detail>(`/api/v1/asset-damages/${damage.damage.id}/${action}`, { version: damage.damage.version, ...body });

  it('refuses the wrong people and bad input', async () => {
    assert.equal((await w.ts.client().post('/api/v1/asset-damages', record())).status, 401);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/asset-damages')).status, 403);
    assert.equal((await principal.post('/api/v1/asset-damages', record())).status, 403);
    assert.equal(fieldOf(await keeper.post('/api/v1/asset-damages', record({ partyClass: undefined }))), 'partyClass');
    assert.equal(fieldOf(await keeper.post('/api/v1/asset-damages', record({ partyType: 'user', partyName: undefined }))), 'partyUserId');
    assert.equal(fieldOf(await keeper.post('/api/v1/asset-damages', record({ workOrderId: 99_999 }))), 'workOrderId');
    assert.equal(fieldOf(await keeper.post('/api/v1/asset-damages', record({ occurredOn: '2099-01-01' }))), 'occurredOn');
    const bad = await keeper.post('/api/v1/asset-damages', record({ cause: 'vandal' }));
    assert.equal(bad.status, 400);
    assert.match(String(bad.body.message), /损坏原因/);
  });

  it('records a damage and proposes half the net value for an accident, rounded to yuan', async () => {
    const res = await keeper.post<Detail>('/api/v1/asset-damages', record());
    assert.equal(res.status, 200, JSON.stringify(res.body));
    damage = res.body;
    assert.equal(damage.damage.statusLabel, '已登记');
    assert.equal(damage.damage.partyText, '王小明（三年级1班）');
    const card = await keeper.get(`/api/v1/assets/${projector}`);
    const net = Number(card.body.netValueFen);
    assert.equal(net, 350_050);
    const proposed = await act(keeper, 'propose');
    assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
    damage = proposed.body;
    // 350,050 × 50 % = 175,025 fen → rounded to the yuan: 175,000.
    assert.equal(damage.damage.proposedFen, 175_000);
    assert.equal(damage.damage.basisKind, 'net_value');
    assert.match(String(damage.damage.proposedBasis), /净值 ¥3,500\.50 × 意外 50% = ¥1,750\.00/);
    const history = await keeper.get<{ items: Body[] }>(`/api/v1/assets/${projector}/history`);
    assert.equal(history.body.items.filter((i) => i.kind === 'damage').length, 2);
  });

  it('approves with a changed amount only with a reason, then records the payment', async () => {
    assert.equal((await act(keeper, 'approve')).status, 403);
    assert.equal((await act(principal, 'pay', { amountFen: 1, paidOn: '2026-11-03', receiptNo: 'x', collectedBy: 'y' })).status, 403);
    assert.equal((await act(finance, 'pay', { amountFen: 175_000, paidOn: '2026-11-03', receiptNo: 'x', collectedBy: 'y' })).status, 409);
    assert.equal(fieldOf(await act(principal, 'approve', { amountFen: 150_000 })), 'reason');
    assert.equal(fieldOf(await act(principal, 'approve', { amountFen: 9_999_999 })), 'amountFen');
    assert.equal((await act(principal, 'approve', { amountFen: 0 })).status, 400);
    let res = await act(principal, 'approve', { amountFen: 150_000, reason: '家庭困难，酌情减免' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((await act(principal, 'approve')).status, 409);
    damage = res.body;
    assert.equal(damage.damage.approvedFen, 150_000);
    assert.equal(damage.damage.statusLabel, '待缴费');
    assert.equal(fieldOf(await act(finance, 'pay', { amountFen: 100_000, paidOn: '2026-11-05', receiptNo: 'SJ-0001', collectedBy: '李会计' })), 'amountFen');
    res = await act(finance, 'pay', { amountFen: 150_000, paidOn: '2026-11-05', receiptNo: 'SJ-0001', collectedBy: '李会计' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.damage.statusLabel, '已缴费');
    assert.equal(res.body.damage.receiptNo, 'SJ-0001');
    assert.deepEqual(res.body.log.map((l) => l.actionLabel), ['登记', '提出赔偿建议', '批准赔偿', '登记缴费']);
  });

  it('waives with a reason, and keeps other schools out', async () => {
    let res = await keeper.post<Detail>('/api/v1/asset-damages', { assetId: desk1, occurredOn: '2026-11-10', cause: 'wear', description: '桌腿松动', partyType: 'unknown' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    damage = res.body;
    res = await act(keeper, 'propose');
    damage = res.body;
    assert.equal(damage.damage.proposedFen, 0);
    assert.equal((await act(principal, 'waive', { reason: '' })).status, 400);
    res = await act(principal, 'waive', { reason: '自然损耗，不予赔偿' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.damage.statusLabel, '已免赔');
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-keeper', roles: ['storekeeper'] });
    const other = await w.ts.as('b-keeper', 'DEXX');
    assert.equal((await other.get(`/api/v1/asset-damages/${damage.damage.id}`)).status, 404);
    assert.equal((await other.post(`/api/v1/asset-damages/${damage.damage.id}/cancel`, { version: 1, reason: 'x' })).status, 404);
    assert.equal(fieldOf(await other.post('/api/v1/asset-damages', record())), 'assetId');
    const list = await keeper.get<{ items: Body[]; total: number }>('/api/v1/asset-damages?status=paid');
    assert.equal(list.body.total, 1);
    const xlsx = await keeper.get('/api/v1/asset-damages/export.xlsx');
    assert.equal(xlsx.status, 200);
  });
});
