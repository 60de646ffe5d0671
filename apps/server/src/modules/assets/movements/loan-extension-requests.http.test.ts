import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeUser } from '../../../../test/factories.js';
import { type Body, type Detail, inDays, lentProjectorLoan, movementWorld, notices, step } from './movements.fixtures.js';

type World = Awaited<ReturnType<typeof movementWorld>>;
type ReqDetail = Detail & { extensions: Body[]; extensionRequests: Body[] };
const errField = (b: Body) => (b.fields as Body[] | undefined)?.[0]?.field;

// 申请续借: the borrower asks from the phone (date + reason), the storekeepers hear of it, and the
// storekeeper grants it (the loan is extended as by 续借) or declines it with a reason.
describe('申请续借 (the borrower asks for a loan extension)', () => {
  let t: World;
  let loan: ReqDetail;
  const ask = (c: ApiClient, d: Detail, body: Body) => c.post<ReqDetail>(`/api/v1/asset-movements/${d.movement.id}/request-extension`, { version: d.movement.version, ...body });
  const fresh = async (c: ApiClient = t.keeper) => (await c.get<ReqDetail>(`/api/v1/asset-movements/${loan.movement.id}`)).body;

  before(async () => {
    t = await movementWorld();
    loan = (await lentProjectorLoan(t)).lent as ReqDetail;
  });
  after(async () => { await t.w.ts.close(); });

  it('offers 申请续借 to the borrower only, and nothing to decide while no request waits', async () => {
    const mine = await fresh(t.teacher);
    assert.equal(mine.movement.abilities.requestExtension, true);
    assert.equal(loan.movement.abilities.requestExtension, false, 'the storekeeper extends directly instead');
    assert.equal(loan.movement.abilities.decideExtension, false);
    assert.deepEqual(mine.extensionRequests, []);
  });

  it('answers 401, 403 for someone else\'s loan, 404 for a stranger or another school', async () => {
    const body = { dueDate: inDays(9), reason: '公开课改期' };
    assert.equal((await t.w.ts.client().post(`/api/v1/asset-movements/${loan.movement.id}/request-extension`, { version: loan.movement.version, ...body })).status, 401);
    const keeper = await ask(t.keeper, loan, body);
    assert.equal(keeper.status, 403);
    assert.match(String(keeper.body.message), /只有借用人本人/);
    assert.equal((await ask(t.principal, loan, body)).status, 403);
    await makeUser(t.w.ts.server.db, { schoolId: t.w.schoolA, staffNo: 'teacher-2', roles: ['teacher'] });
    assert.equal((await ask(await t.w.ts.as('teacher-2'), loan, body)).status, 404, 'a teacher not involved does not see the loan');
    assert.equal((await ask(await t.w.ts.as('b-teacher', 'DEXX'), loan, body)).status, 404);
  });

  it('answers 400 naming the field for a bad date or reason, and 409 for a stale version', async () => {
    const mine = await fresh(t.teacher);
    assert.equal(errField((await ask(t.teacher, mine, { dueDate: inDays(3), reason: '再用几天' })).body), 'dueDate', 'not after the current due date');
    assert.equal(errField((await ask(t.teacher, mine, { dueDate: '2026-02-30', reason: '再用几天' })).body), 'dueDate');
    assert.equal(errField((await ask(t.teacher, mine, { dueDate: inDays(9), reason: '  ' })).body), 'reason');
    assert.equal(errField((await ask(t.teacher, mine, { dueDate: inDays(9) })).body), 'reason');
    const stale = await t.teacher.post(`/api/v1/asset-movements/${mine.movement.id}/request-extension`, { version: mine.movement.version + 3, dueDate: inDays(9), reason: '再用几天' });
    assert.equal(stale.status, 409);
    assert.deepEqual((await fresh()).extensionRequests, [], 'nothing written');
  });

  it('records the request, tells the storekeepers, and lets only one wait at a time', async () => {
    const mine = await fresh(t.teacher);
    const [a, b] = await Promise.all([
      ask(t.teacher, mine, { dueDate: inDays(9), reason: '公开课改期到下周' }),
      ask(t.teacher, mine, { dueDate: inDays(8), reason: '公开课改期到下周' }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409], 'two at once: one waits, the other is refused');
    const res = a.status === 200 ? a : b;
    assert.equal(res.body.movement.extensionRequested, true);
    assert.equal(res.body.movement.abilities.requestExtension, false);
    assert.equal(res.body.extensionRequests.length, 1);
    const request = res.body.extensionRequests[0];
    assert.equal(request?.status, 'pending');
    assert.equal(request?.statusLabel, '待保管员处理');
    assert.equal(request?.fromDate, inDays(3));
    assert.equal(res.body.movement.dueDate, inDays(3), 'the due date stays until granted');
    assert.equal(res.body.steps.at(-1)?.actionLabel, '申请续借');
    const again = await ask(t.teacher, res.body, { dueDate: inDays(12), reason: '再申请' });
    assert.equal(again.status, 409);
    assert.match(String(again.body.message), /已有一条续借申请/);

    const told = await notices(t.keeper, 'asset_movement.extension_requested');
    assert.equal(told.length, 1);
    assert.match(String(told[0]?.title), /申请续借至/);
    assert.match(String(told[0]?.body), /公开课改期到下周/);
    const asKeeper = await fresh();
    assert.equal(asKeeper.movement.abilities.decideExtension, true);
    const list = await t.keeper.get<{ items: Body[] }>(`/api/v1/asset-movements?kind=loan`);
    assert.equal(list.body.items.find((m) => m.id === loan.movement.id)?.extensionRequested, true);
    const audit = await t.kysely.selectFrom('audit_events').select('action').where('entity', '=', 'asset_loan_extension_request').execute();
    assert.deepEqual(audit.map((e) => e.action), ['create']);
  });

  it('lets only the storekeeper decline, with a reason; the borrower is told and may ask again', async () => {
    const current = await fresh();
    const decline = (c: ApiClient, body: Body, version = current.movement.version) => c.post<ReqDetail>(`/api/v1/asset-movements/${current.movement.id}/decline-extension`, { version, ...body });
    const byBorrower = await decline(t.teacher, { reason: '自己不同意' });
    assert.equal(byBorrower.status, 403);
    assert.match(String(byBorrower.body.message), /只有保管员/);
    assert.equal(errField((await decline(t.keeper, { reason: ' ' })).body), 'reason');
    assert.equal((await decline(t.keeper, { reason: '下周要盘点' }, current.movement.version + 2)).status, 409);
    const res = await decline(t.keeper, { reason: '下周全校盘点，请按期归还' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.movement.dueDate, inDays(3));
    assert.equal(res.body.movement.extensionRequested, false);
    assert.deepEqual(res.body.extensionRequests.map((r) => [r.status, r.decidedByName, r.decisionNote]), [['declined', 'storekeeper', '下周全校盘点，请按期归还']]);
    assert.deepEqual(res.body.extensions, []);
    const told = await notices(t.teacher, 'asset_movement.extension_declined');
    assert.equal(told.length, 1);
    assert.match(String(told[0]?.body), /下周全校盘点/);
    assert.equal((await decline(t.keeper, { reason: '再次' }, res.body.movement.version)).status, 409, 'nothing waits any more');
    assert.equal((await fresh(t.teacher)).movement.abilities.requestExtension, true);
  });

  it('grants as asked: the due date moves, the chain and the card timeline show it, and the borrower is told', async () => {
    const asked = await ask(t.teacher, await fresh(t.teacher), { dueDate: inDays(10), reason: '学生比赛还需使用' });
    assert.equal(asked.status, 200, JSON.stringify(asked.body));
    assert.equal((await step(t.teacher, await fresh(t.teacher), 'grant-extension')).status, 403);
    const current = await fresh();
    assert.equal((await t.keeper.post(`/api/v1/asset-movements/${current.movement.id}/grant-extension`, { version: current.movement.version + 1 })).status, 409);
    const res = await step(t.keeper, current, 'grant-extension');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const granted = res.body as ReqDetail;
    assert.equal(granted.movement.dueDate, inDays(10));
    assert.deepEqual(granted.extensions.map((e) => [e.fromDate, e.toDate, e.reason, e.actorName]), [[inDays(3), inDays(10), '学生比赛还需使用', 'storekeeper']]);
    assert.deepEqual(granted.extensionRequests.map((r) => r.status), ['declined', 'granted']);
    assert.match(String(granted.steps.at(-1)?.note), /同意 teacher 的续借申请/);
    const lineAsset = Number(granted.lines[0]?.assetId);
    const history = await t.keeper.get<{ items: Body[] }>(`/api/v1/assets/${lineAsset}/history`);
    assert.ok(history.body.items.some((e) => /申请续借/.test(String(e.note))), 'the request is on the card timeline');
    assert.ok(history.body.items.some((e) => /续借（归还期限/.test(String(e.note))), 'and the extension');
    const told = await notices(t.teacher, 'asset_movement.extended');
    assert.match(String(told[0]?.title), new RegExp(`已续借至 ${inDays(10)}`));
  });

  it('a request still waiting lapses when the loan is returned', async () => {
    const asked = await ask(t.teacher, await fresh(t.teacher), { dueDate: inDays(15), reason: '再用一周' });
    assert.equal(asked.status, 200, JSON.stringify(asked.body));
    const returned = await step(t.keeper, await fresh(), 'return');
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    const done = returned.body as ReqDetail;
    assert.equal(done.extensionRequests.at(-1)?.status, 'lapsed');
    assert.equal(done.movement.abilities.requestExtension, false);
    const late = await ask(t.teacher, done, { dueDate: inDays(20), reason: '再借' });
    assert.equal(late.status, 409);
    assert.match(String(late.body.message), /已归还/);
  });
});
