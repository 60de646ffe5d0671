import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestServer, startTestServer } from '../../../test/test-server.js';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';
import { seedDemoIfEmpty } from '../../demo/seed-demo.js';

type Body = Record<string, unknown>;

describe('demo assets', () => {
  let ts: TestServer;
  before(async () => {
    ts = await startTestServer();
    await seedDemoIfEmpty(ts.server.db, () => undefined);
  });
  after(async () => { await ts.close(); });

  it('gives 示范小学 a few dozen cards in its rooms, each in a real place, and a class teacher sees their classroom', async () => {
    const keeper = ts.client();
    assert.equal((await keeper.login('sf-keeper', DEMO_PASSWORD, 'SFXX')).status, 200);
    const page = await keeper.get<{ items: Body[]; total: number }>('/api/v1/assets?pageSize=200');
    assert.ok(page.body.total >= 30 && page.body.total <= 60, String(page.body.total));
    assert.ok(page.body.items.filter((a) => a.name !== '综合楼').every((a) => a.roomName), 'every movable card has a room');
    assert.ok(page.body.items.some((a) => a.accountingClass === 'low_value'));
    const teacher = ts.client();
    assert.equal((await teacher.login('sf-teacher', DEMO_PASSWORD, 'SFXX')).status, 200);
    const mine = await teacher.get<{ items: Body[] }>('/api/v1/assets?pageSize=200');
    assert.ok(mine.body.items.some((a) => a.roomName === '一(1)班教室'));
    assert.ok(mine.body.items.some((a) => a.name === '笔记本电脑'));
    assert.ok(mine.body.items.every((a) => a.roomName === '一(1)班教室' || a.custodianName === '李晓梅'));
  });
});
