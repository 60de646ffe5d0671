import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestServer, startTestServer } from '../../test/test-server.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

interface Dashboard { current: { openWorkOrders: number; overdue: number; awaitingAcceptance: number }; months: { requests: number; completed: number; costFen: number }[] }

describe('demo repair history', () => {
  let ts: TestServer;
  before(async () => {
    ts = await startTestServer();
    assert.equal(await seedDemoIfEmpty(ts.server.db, () => undefined), true);
    ts.server.services.setupState.done = true;
  });
  after(async () => { await ts.close(); });

  it('gives the first school months of repairs in every state, and leaves the second one new', async () => {
    const head = ts.client();
    assert.equal((await head.login('sf-head', DEMO_PASSWORD)).status, 200);
    const res = await head.get<Dashboard>('/api/v1/repair-reports/dashboard');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const d = res.body;
    assert.ok(d.months.filter((m) => m.requests > 0).length >= 4, 'the trend spans several months');
    assert.ok(d.months.reduce((a, m) => a + m.completed, 0) >= 30);
    assert.ok(d.months.some((m) => m.costFen > 0));
    assert.ok(d.current.openWorkOrders > 0 && d.current.overdue > 0 && d.current.awaitingAcceptance > 0, JSON.stringify(d.current));

    const db = ts.server.db.kysely;
    const now = new Date().toISOString();
    const future = await db.selectFrom('repair_events').select('id').where('at', '>', now).execute();
    assert.deepEqual(future, [], 'nothing in the history happens after today');
    const unrated = await db.selectFrom('work_orders').select('id').where('status', '=', 'confirmed').where('rating', 'is', null).execute();
    assert.deepEqual(unrated, []);

    const other = ts.client();
    assert.equal((await other.login('de-head', DEMO_PASSWORD)).status, 200);
    const empty = await other.get<Dashboard>('/api/v1/repair-reports/dashboard');
    assert.ok(empty.body.months.every((m) => m.requests === 0));
  });

  it('keeps the repair timeline readable for a seeded request', async () => {
    const teacher = ts.client();
    assert.equal((await teacher.login('sf-head', DEMO_PASSWORD)).status, 200);
    const list = await teacher.get<{ items: { id: number; progress: string }[] }>('/api/v1/repair-requests?pageSize=100');
    const done = list.body.items.find((r) => r.progress === 'confirmed');
    assert.ok(done, 'a confirmed request is listed');
    const detail = await teacher.get<{ timeline: { kind: string }[]; rating: { stars: number } | null }>(`/api/v1/repair-requests/${done.id}`);
    assert.equal(detail.status, 200, JSON.stringify(detail.body));
    assert.deepEqual(detail.body.timeline.map((e) => e.kind), ['submitted', 'converted', 'assigned', 'accepted', 'started', 'completed', 'confirmed']);
    assert.ok((detail.body.rating?.stars ?? 0) >= 3);
  });
});
