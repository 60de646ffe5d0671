import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeUser } from '../../../../test/factories.js';
import { runOverdueLoansJob } from './jobs/overdue-loans-job.js';
import { type Body, type Detail, inDays, lentProjectorLoan, movementWorld, notices, step } from './movements.fixtures.js';

type World = Awaited<ReturnType<typeof movementWorld>>;
type ExtDetail = Detail & { extensions: Body[] };
const errField = (b: Body) => (b.fields as Body[] | undefined)?.[0]?.field;

describe('续借 (loan extension)', () => {
  let t: World;
  let projector: number;
  let loan: ExtDetail;
  const extend = (c: World['keeper'], d: Detail, body: Body) => c.post<ExtDetail>(`/api/v1/asset-movements/${d.movement.id}/extend`, { version: d.movement.version, ...body });

  before(async () => {
    t = await movementWorld();
    const made = await lentProjectorLoan(t);
    projector = made.projector;
    loan = made.lent as ExtDetail;
  });
  after(async () => { await t.w.ts.close(); });

  it('offers 续借 only to the storekeeper, never to the borrower or the approver', async () => {
    assert.equal(loan.movement.abilities.extend, true);
    const asBorrower = await t.teacher.get<ExtDetail>(`/api/v1/asset-movements/${loan.movement.id}`);
    assert.equal(asBorrower.body.movement.abilities.extend, false);
    assert.equal((await t.w.ts.client().post(`/api/v1/asset-movements/${loan.movement.id}/extend`, { version: 1, dueDate: inDays(9), reason: 'x' })).status, 401);
    const borrower = await extend(t.teacher, loan, { dueDate: inDays(9), reason: '课程延长' });
    assert.equal(borrower.status, 403);
    assert.match(String(borrower.body.message), /申请续借/);
    assert.equal((await extend(t.principal, loan, { dueDate: inDays(9), reason: '课程延长' })).status, 403);
  });

  it('answers 404 for another school and 400 naming the field for a bad date or reason', async () => {
    await makeUser(t.w.ts.server.db, { schoolId: t.w.schoolB, staffNo: 'b-keeper', roles: ['storekeeper'] });
    const other = await t.w.ts.as('b-keeper', 'DEXX');
    assert.equal((await extend(other, loan, { dueDate: inDays(9), reason: '课程延长' })).status, 404);
    const same = await extend(t.keeper, loan, { dueDate: inDays(3), reason: '课程延长' });
    assert.equal(same.status, 400);
    assert.equal(errField(same.body), 'dueDate');
    assert.match(String(same.body.message), /应晚于原期限/);
    assert.equal(errField((await extend(t.keeper, loan, { dueDate: '2026-02-30', reason: '课程延长' })).body), 'dueDate');
    assert.equal(errField((await extend(t.keeper, loan, { dueDate: '下周', reason: '课程延长' })).body), 'dueDate');
    assert.equal(errField((await extend(t.keeper, loan, { dueDate: inDays(9) })).body), 'reason');
    assert.equal(errField((await extend(t.keeper, loan, { dueDate: inDays(9), reason: '   ' })).body), 'reason');
    const stale = await t.keeper.post(`/api/v1/asset-movements/${loan.movement.id}/extend`, { version: loan.movement.version + 5, dueDate: inDays(9), reason: '课程延长' });
    assert.equal(stale.status, 409);
  });

  it('moves the due date, keeps the chain, logs it, puts it on the card and tells the borrower', async () => {
    const res = await extend(t.keeper, loan, { dueDate: inDays(10), reason: '公开课改期到下周' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    loan = res.body;
    assert.equal(loan.movement.dueDate, inDays(10));
    assert.equal(loan.movement.statusLabel, '借出中');
    assert.deepEqual(loan.extensions.map((e) => [e.fromDate, e.toDate, e.reason, e.actorName]), [[inDays(3), inDays(10), '公开课改期到下周', 'storekeeper']]);
    const logged = loan.steps.find((s) => s.action === 'extend');
    assert.equal(logged?.actionLabel, '续借');
    assert.match(String(logged?.note), new RegExp(`${inDays(3)} → ${inDays(10)}`));
    const history = await t.keeper.get<{ items: Body[] }>(`/api/v1/assets/${projector}/history`);
    assert.ok(history.body.items.some((e) => e.kind === 'loan' && /续借/.test(String(e.note))), 'on the card timeline');
    const told = await notices(t.teacher, 'asset_movement.extended');
    assert.equal(told.length, 1);
    assert.match(String(told[0]?.title), new RegExp(`已续借至 ${inDays(10)}`));
    const audit = await t.kysely.selectFrom('audit_events').select(['action']).where('entity', '=', 'asset_movement').where('entity_id', '=', String(loan.movement.id)).where('action', '=', 'extend').execute();
    assert.equal(audit.length, 1);
    const again = await extend(t.keeper, loan, { dueDate: inDays(12), reason: '再借两天' });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    loan = again.body;
    assert.deepEqual(loan.extensions.map((e) => e.toDate), [inDays(10), inDays(12)]);
    const pdf = await t.keeper.get(`/api/v1/asset-movements/${loan.movement.id}.pdf`);
    assert.equal(pdf.status, 200);
  });

  it('an overdue loan extended is no longer overdue; reminders resume only after the new date', async () => {
    await t.kysely.updateTable('asset_movements').set({ due_date: inDays(-2) }).where('id', '=', loan.movement.id).execute();
    assert.equal((await runOverdueLoansJob(t.kysely)).reminded, 1);
    const overdue = await t.keeper.get<ExtDetail>(`/api/v1/asset-movements/${loan.movement.id}`);
    assert.equal(overdue.body.movement.overdue, true);
    const pastDate = await extend(t.keeper, overdue.body, { dueDate: inDays(-1), reason: '补办' });
    assert.equal(errField(pastDate.body), 'dueDate', 'a new date still in the past is refused');
    const res = await extend(t.keeper, overdue.body, { dueDate: inDays(4), reason: '学生比赛还需使用' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.movement.overdue, false);
    const list = await t.keeper.get<{ items: Body[] }>('/api/v1/asset-movements?overdue=true');
    assert.equal(list.body.items.length, 0);
    assert.equal((await runOverdueLoansJob(t.kysely, new Date(Date.now() + 86_400_000))).reminded, 0, 'quiet before the new date');
    assert.equal((await runOverdueLoansJob(t.kysely, new Date(Date.now() + 6 * 86_400_000))).reminded, 1, 'reminded again once it has passed');
  });

  it('refuses 续借 once the loan is returned, naming its state', async () => {
    const current = await t.keeper.get<ExtDetail>(`/api/v1/asset-movements/${loan.movement.id}`);
    const returned = await step(t.keeper, current.body, 'return');
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    const late = await extend(t.keeper, returned.body, { dueDate: inDays(20), reason: '再借' });
    assert.equal(late.status, 409);
    assert.match(String(late.body.message), /已归还/);
  });
});
