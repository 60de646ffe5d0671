import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeUser } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { categoryIdOf } from '../../repairs/repairs.fixtures.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;
type Detail = { damage: Body & { id: number; version: number; abilities: Record<string, boolean> }; log: Body[]; repair: Body | null };
const fieldOf = (res: { body: unknown }) => ((res.body as Body).fields as Body[] | undefined)?.[0]?.field;

describe('损坏 → 报修 (raise a repair from a damage record)', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let keeper: ApiClient;
  let projector: number;
  let classroom: number;
  let multimedia: number;
  let damage: Detail;
  let projectorCategory: number;

  const record = async (assetId: number) => {
    const res = await keeper.post<Detail>('/api/v1/asset-damages', {
      assetId, occurredOn: '2026-11-02', cause: 'human', description: '学生打闹碰倒投影仪，镜头碎裂', partyType: 'student', partyName: '王小明', partyClass: '三年级1班',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };
  const raise = (c: ApiClient, d: Detail, body: Body = {}) => c.post<Detail>(`/api/v1/asset-damages/${d.damage.id}/raise-repair`, { version: d.damage.version, categoryId: multimedia, ...body });

  before(async () => {
    w = await startWithTwoSchools();
    head = await w.ts.as('logistics_head');
    keeper = await w.ts.as('storekeeper');
    const world = await assetWorld(head);
    classroom = world.roomId('三年级1班教室');
    projectorCategory = world.category('2010000-01');
    const created = await keeper.post('/api/v1/assets', { ...desk(projectorCategory, { roomId: classroom }), name: '教室投影仪' });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    projector = Number(created.body.id);
    multimedia = await categoryIdOf(w.ts.server.db, w.schoolA, '多媒体');
    damage = await record(projector);
  });
  after(async () => { await w.ts.close(); });

  it('is offered to whoever may both update damages and report repairs', async () => {
    assert.equal(damage.damage.abilities.raiseRepair, false, 'the storekeeper may not report repairs');
    assert.equal(damage.repair, null);
    const asHead = await head.get<Detail>(`/api/v1/asset-damages/${damage.damage.id}`);
    assert.equal(asHead.body.damage.abilities.raiseRepair, true);
  });

  it('refuses the anonymous, the wrong roles, another school and bad input', async () => {
    assert.equal((await raise(w.ts.client(), damage)).status, 401);
    assert.equal((await raise(keeper, damage)).status, 403, 'no repair:create');
    assert.equal((await raise(await w.ts.as('principal'), damage)).status, 403, 'no asset_damage:update');
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-head', roles: ['logistics_head'] });
    assert.equal((await raise(await w.ts.as('b-head', 'DEXX'), damage)).status, 404);
    assert.equal(fieldOf(await raise(head, damage, { categoryId: undefined })), 'categoryId');
    assert.equal(fieldOf(await raise(head, damage, { categoryId: 999_999 })), 'categoryId');
    assert.equal(fieldOf(await raise(head, damage, { urgency: 'scheduled' })), 'urgency');
    assert.equal((await head.post(`/api/v1/asset-damages/${damage.damage.id}/raise-repair`, { version: damage.damage.version + 3, categoryId: multimedia })).status, 409);
    const unchanged = await head.get<Detail>(`/api/v1/asset-damages/${damage.damage.id}`);
    assert.equal(unchanged.body.repair, null, 'nothing half-written');
  });

  it('raises the repair for the card in its room, links the work order and logs it everywhere', async () => {
    const res = await raise(head, damage, { urgency: 'urgent' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    damage = res.body;
    const repair = damage.repair;
    assert.ok(repair, 'linked');
    assert.match(String(repair.workOrderCode), /^WX/);
    assert.equal(damage.damage.workOrderId, repair.workOrderId);
    assert.equal(repair.link, `/repairs/work-orders/${String(repair.workOrderId)}`);
    assert.ok(repair.statusLabel, 'status in words');
    assert.equal(damage.damage.abilities.raiseRepair, false, 'once only');
    assert.equal(damage.damage.abilities.linkWorkOrder, false, 'the raised repair is the record\'s repair');
    assert.ok(damage.log.some((l) => l.actionLabel === '发起报修' && /维修工单 WX/.test(String(l.note))));
    const request = await head.get<Body>(`/api/v1/repair-requests/${String(repair.requestId)}`);
    assert.equal(request.status, 200, JSON.stringify(request.body));
    assert.match(JSON.stringify(request.body), /学生打闹碰倒投影仪/, 'the damage description becomes the fault description');
    const row = await w.ts.server.db.kysely.selectFrom('repair_requests').select(['asset_id', 'room_id', 'urgency']).where('id', '=', Number(repair.requestId)).executeTakeFirstOrThrow();
    assert.deepEqual(row, { asset_id: projector, room_id: classroom, urgency: 'urgent' });
    const history = await head.get<{ items: Body[] }>(`/api/v1/assets/${projector}/history`);
    assert.ok(history.body.items.some((e) => e.kind === 'repair'), 'the repair on the card timeline');
    assert.ok(history.body.items.some((e) => e.kind === 'damage' && /发起报修/.test(String(e.note))), 'the damage step on the card timeline');
  });

  it('answers 409 when the record already has its repair', async () => {
    const again = await raise(head, damage);
    assert.equal(again.status, 409);
    assert.match(String((again.body as unknown as Body).message), /已关联维修工单/);
    const relink = await head.post(`/api/v1/asset-damages/${damage.damage.id}/work-order`, { version: damage.damage.version, workOrderId: Number(damage.repair?.workOrderId) });
    assert.equal(relink.status, 409);
  });

  it('links the request while it waits for triage when the school does not convert reports at once', async () => {
    await w.ts.server.db.kysely.updateTable('repair_settings').set({ auto_convert: 0 }).where('school_id', '=', w.schoolA).execute();
    const second = await record(projector);
    const res = await raise(head, second, { description: '镜头碎裂，需更换镜头组件' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.damage.workOrderId, null);
    assert.match(String(res.body.repair?.requestCode), /^BX/);
    assert.equal(res.body.repair?.statusLabel, '待受理');
    assert.equal(res.body.repair?.link, `/repairs/requests/${String(res.body.repair?.requestId)}`);
    assert.equal((await raise(head, res.body)).status, 409);
  });

  it('offers no 发起报修 for a card pending disposal, and refuses it with 409 naming the state', async () => {
    const made = await keeper.post('/api/v1/assets', { ...desk(projectorCategory, { roomId: classroom }), name: '待报废投影仪' });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    const old = Number(made.body.id);
    const broken = await record(old);
    const scrap = await keeper.post('/api/v1/asset-disposals', {
      kind: 'scrap', legalCondition: 'obsolete', reason: '镜头碎裂且型号停产', appraisal: '经技术鉴定无维修价值', proposedMethod: 'recycle', assetIds: [old],
    });
    assert.equal(scrap.status, 200, JSON.stringify(scrap.body));
    const seen = await head.get<Detail>(`/api/v1/asset-damages/${broken.damage.id}`);
    assert.equal(seen.body.damage.abilities.raiseRepair, false, 'a card on its way to the scrap heap gets no repair work');
    const refused = await raise(head, seen.body);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.match(String((refused.body as unknown as Body).message), /报废审批中/);
    assert.equal((await head.get<Detail>(`/api/v1/asset-damages/${broken.damage.id}`)).body.repair, null, 'nothing written');
  });
});
