import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestServer, startTestServer } from '../../../../test/test-server.js';
import { DEMO_PASSWORD } from '../../../demo/demo-data.js';
import { seedDemoIfEmpty } from '../../../demo/seed-demo.js';

type Body = Record<string, unknown>;

describe('demo 损坏赔偿 and 报废', () => {
  let ts: TestServer;
  before(async () => {
    ts = await startTestServer();
    await seedDemoIfEmpty(ts.server.db, () => undefined);
  });
  after(async () => { await ts.close(); });

  const as = async (staffNo: string) => {
    const c = ts.client();
    assert.equal((await c.login(staffNo, DEMO_PASSWORD, 'SFXX')).status, 200);
    return c;
  };

  it('has one approved, unpaid damage record with its log', async () => {
    const keeper = await as('sf-keeper');
    const list = await keeper.get<{ items: Body[] }>('/api/v1/asset-damages');
    assert.equal(list.body.items.length, 1);
    const d = list.body.items[0] ?? {};
    assert.equal(d.statusLabel, '待缴费');
    assert.equal(d.partyText, '张师傅（送水公司）');
    assert.equal(d.approvedFen, 45_000, 'net ¥899 × 意外 50%, rounded to the yuan');
    assert.equal(d.netValueFen, 89_900, 'a 低值耐用品 is not depreciated');
    assert.equal((d.abilities as Body).pay, true);
    const detail = await keeper.get<{ log: Body[] }>(`/api/v1/asset-damages/${String(d.id)}`);
    assert.deepEqual(detail.body.log.map((l) => l.actionLabel), ['登记', '提出赔偿建议', '批准赔偿']);
  });

  it('has the same printer waiting for the principal\'s approval to scrap, in the principal\'s 待我审批 and inbox', async () => {
    const principal = await as('sf-principal');
    const todo = await principal.get<{ items: Body[] }>('/api/v1/asset-disposals?actionable=true');
    assert.equal(todo.body.items.length, 1);
    const d = todo.body.items[0] ?? {};
    assert.equal(d.currentStepLabel, '校长审批');
    assert.equal(d.totalNetFen, 89_900);
    assert.deepEqual(d.steps, ['asset_review', 'collective', 'principal', 'bureau']);
    assert.equal((d.abilities as Body).act, true);
    const detail = await principal.get<{ items: Body[]; log: Body[] }>(`/api/v1/asset-disposals/${String(d.id)}`);
    assert.equal(detail.body.items[0]?.statusLabel, '待报废');
    assert.equal(detail.body.log.length, 3);
    const inbox = await principal.get<{ items: Body[] }>('/api/v1/notifications');
    assert.ok(inbox.body.items.some((n) => n.kind === 'asset_disposal.waiting'));
    const keeper = await as('sf-keeper');
    assert.equal((await keeper.get<{ items: Body[] }>('/api/v1/asset-disposals?actionable=true')).body.items.length, 0);
  });
});
