import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_PASSWORD } from '../../test/factories.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { type TwoSchools, startWithTwoSchools } from '../../test/test-server.js';
import { runInTransaction } from '../platform/db/audited-writes.js';
import { DEMO_CONTRACTOR, seedDemoContractor } from './seed-demo-contractor.js';

describe('demo contractor (恒安水电维修部 and sf-contractor)', () => {
  let w: TwoSchools;
  before(async () => {
    w = await startWithTwoSchools();
    const hash = await hashPassword(TEST_PASSWORD);
    await runInTransaction(w.ts.server.db.kysely, (tx) => seedDemoContractor(tx, { actorId: null, actorName: '演示数据', schoolId: w.schoolA, ip: null }, w.schoolA, hash));
  });
  after(async () => { await w.ts.close(); });

  it('gives the school the firm, what it handles, and a login that sees only its work', async () => {
    const head = await w.ts.as('logistics_head');
    const list = await head.get<{ items: { name: string; categories: { name: string }[]; accounts: { staffNo: string }[] }[] }>('/api/v1/repair-contractors');
    assert.deepEqual(list.body.items.map((c) => [c.name, c.categories.map((x) => x.name), c.accounts.map((a) => a.staffNo)]), [
      [DEMO_CONTRACTOR.name, ['水', '电'], [DEMO_CONTRACTOR.account.staffNo]],
    ]);
    const worker = w.ts.client();
    const me = await worker.login(DEMO_CONTRACTOR.account.staffNo, TEST_PASSWORD);
    assert.equal(me.status, 200);
    assert.deepEqual([me.body.roleLabels, me.body.mustChangePassword], [['外包维修人员'], false]);
    assert.equal((await worker.get<{ total: number }>('/api/v1/work-orders/queue')).body.total, 0);
  });
});
