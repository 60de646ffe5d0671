import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { categoryIdOf } from '../../repairs/repairs.fixtures.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;
interface Resolve { actions: { key: string; label: string; href: string }[] }
interface Options { assets: { id: number; name: string }[] }
const fieldOf = (res: { body: unknown }) => ((res.body as Body).fields as Body[] | undefined)?.[0]?.field;

// A card on its way to the scrap heap (待报废) or already gone (已处置) takes no new 报修: the report
// is refused with 409 naming the state and nothing is written, and neither the label scan nor the
// room's report form offers the card any more.
describe('no 报修 for a card pending disposal or disposed', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let teacher: ApiClient;
  let projector = 0;
  let chair = 0;
  let desk1 = 0;
  let room = 0;
  let media = 0;
  let disposal: { id: number; version: number };
  const labels = new Map<number, string>();

  const report = (c: ApiClient, assetId: number) => c.post('/api/v1/repair-requests', { assetId, categoryId: media, description: '不能正常使用了', urgency: 'urgent' });
  const counts = async () => {
    const db = w.ts.server.db.kysely;
    const requests = await db.selectFrom('repair_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const events = await db.selectFrom('asset_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return [Number(requests.n), Number(events.n)];
  };
  const scanActions = async (c: ApiClient, assetId: number) => {
    const res = await c.get<Resolve>(`/api/v1/qr/resolve/${labels.get(assetId)}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.actions.map((a) => a.key);
  };

  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    teacher = await w.ts.as('teacher');
    const head = await w.ts.as('logistics_head');
    const world = await assetWorld(head);
    room = world.roomId('三年级1班教室');
    const make = async (name: string, category: string) => {
      const res = await keeper.post('/api/v1/assets', { ...desk(world.category(category)), name, roomId: room });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return Number(res.body.id);
    };
    projector = await make('教室投影仪', '2010000-01');
    chair = await make('旧教师椅', '6010000-01');
    desk1 = await make('讲台', '6010000-01');
    media = await categoryIdOf(w.ts.server.db, w.schoolA, '多媒体');

    const batch = await head.post('/api/v1/qr-batches', { name: '资产标签', count: 3 });
    const codes = await head.get<{ items: { code: string; version: number }[] }>(`/api/v1/qr-codes?batchId=${batch.body.id}`);
    for (const [i, id] of [projector, chair, desk1].entries()) {
      const label = codes.body.items[i];
      assert.ok(label);
      const link = await head.post(`/api/v1/qr-codes/${label.code}/link`, { targetType: 'asset', targetId: id, version: label.version });
      assert.equal(link.status, 200, JSON.stringify(link.body));
      labels.set(id, label.code);
    }

    const res = await keeper.post<{ disposal: { id: number; version: number } }>('/api/v1/asset-disposals', {
      kind: 'scrap', legalCondition: 'obsolete', reason: '灯泡烧毁、主板老化', appraisal: '经技术鉴定无维修价值', proposedMethod: 'recycle', assetIds: [projector],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    disposal = res.body.disposal;
    // why: completing a disposal takes five approval steps (tested in disposals.http.test.ts); only the card's end state matters here.
    await w.ts.server.db.kysely.updateTable('assets').set({ status: 'disposed' }).where('id', '=', chair).execute();
  });
  after(async () => { await w.ts.close(); });

  it('refuses a report naming a card pending disposal with 409 naming its state, and writes nothing', async () => {
    assert.equal((await keeper.get(`/api/v1/assets/${projector}`)).body.status, 'pending_disposal');
    const before = await counts();
    const res = await report(teacher, projector);
    assert.equal(res.status, 409, JSON.stringify(res.body));
    assert.match(String((res.body as Body).message), /教室投影仪.*正在报废审批中，不能报修/);
    assert.equal(fieldOf(res), 'assetId');
    assert.deepEqual(await counts(), before, 'no request, no timeline entry');
  });

  it('refuses a report naming a disposed card the same way', async () => {
    const before = await counts();
    const res = await report(teacher, chair);
    assert.equal(res.status, 409);
    assert.match(String((res.body as Body).message), /已处置，不能报修/);
    assert.deepEqual(await counts(), before);
  });

  it('keeps the other answers: 401 without login, 403 without 报修 permission, 400 for no such card', async () => {
    assert.equal((await w.ts.client().post('/api/v1/repair-requests', { assetId: projector, categoryId: media, description: 'x', urgency: 'urgent' })).status, 401);
    assert.equal((await report(await w.ts.as('inspector'), desk1)).status, 403);
    const none = await report(teacher, 999_999);
    assert.equal(none.status, 400);
    assert.equal(fieldOf(none), 'assetId');
  });

  it('offers no 报修 on the label or the room\'s report form for a card pending disposal', async () => {
    assert.ok(!(await scanActions(teacher, projector)).includes('repair'), 'the scan offers no 报修');
    assert.ok((await scanActions(teacher, desk1)).includes('repair'), 'a card in use still offers 报修');
    const options = await teacher.get<Options>(`/api/v1/repair-requests/options?roomId=${room}`);
    assert.deepEqual(options.body.assets.map((a) => a.name), ['讲台'], 'only cards that may be repaired are offered');
    const opened = await teacher.get(`/api/v1/repair-requests/options?assetId=${projector}`);
    assert.equal(opened.status, 409, 'the form opened from the card says why before anything is typed');
    assert.match(String((opened.body as Body).message), /报废审批中/);
    const head = await w.ts.as('logistics_head');
    const cards = await Promise.all([projector, desk1].map((id) => head.get<{ abilities: { repair: boolean } }>(`/api/v1/assets/${id}`)));
    assert.deepEqual(cards.map((c) => c.body.abilities.repair), [false, true], 'the card tells the screens whether 报修 may be offered');
  });

  it('offers and accepts 报修 again once the disposal request is withdrawn', async () => {
    const back = await keeper.post(`/api/v1/asset-disposals/${disposal.id}/withdraw`, { version: disposal.version, reason: '经检查可以修复' });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.ok((await scanActions(teacher, projector)).includes('repair'));
    const res = await report(teacher, projector);
    assert.equal(res.status, 200, JSON.stringify(res.body));
  });
});
