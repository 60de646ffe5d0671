import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;
type Sheet = { check: Body; items: Body[]; extras: Body[]; submissions: Body[]; signatureFileId: number | null; abilities: { submit: boolean } };
type RoundDetail = { round: Body; rooms: Body[] };

function imageForm(checkId: number, png: Buffer): FormData {
  const fd = new FormData();
  fd.append('ownerType', 'asset_check');
  fd.append('ownerId', String(checkId));
  fd.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), '签名.png');
  return fd;
}

describe('期初清点 (term-start room check)', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let teacher: ApiClient;
  let other: ApiClient;
  let png: Buffer;
  let round: RoundDetail;
  let classRoom: number;
  let checkId: number;
  let otherCheckId: number;
  let cards: Body[];

  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    teacher = await w.ts.as('teacher');
    const head = await w.ts.as('logistics_head');
    const world = await assetWorld(head);
    classRoom = world.roomId('三年级1班教室');
    const teacherId = Number((await teacher.get('/api/v1/auth/me')).body.id);
    const grade = await head.post('/api/v1/grades', { name: '三年级' });
    const cls = await head.post('/api/v1/classes', { gradeId: grade.body.id, name: '三年级1班', headTeacherId: teacherId, roomId: classRoom });
    assert.equal(cls.status, 200, JSON.stringify(cls.body));
    await keeper.post('/api/v1/assets/batch', { ...desk(world.category('6010000-01')), count: 3, roomId: classRoom });
    await keeper.post('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '教室投影仪', roomId: classRoom });
    await keeper.post('/api/v1/assets', { ...desk(world.category('6010000-01')), roomId: world.roomId('三年级2班教室') });
    other = await w.ts.as('principal');
    png = await sharp({ create: { width: 60, height: 30, channels: 3, background: { r: 255, g: 255, b: 255 } } }).png().toBuffer();
  });
  after(async () => { await w.ts.close(); });

  it('opens a round over every room holding cards, with expected counts', async () => {
    const res = await keeper.post<RoundDetail>('/api/v1/asset-check-rounds', { name: '2026 秋季期初清点', dueDate: '2026-09-10' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    round = res.body;
    assert.equal(round.round.roomsTotal, 2);
    assert.equal(round.round.roomsDone, 0);
    assert.equal(round.round.statusLabel, '进行中');
    const mine = round.rooms.find((r) => r.roomId === classRoom);
    assert.equal(mine?.expectedCount, 4);
    assert.deepEqual(mine?.responsibleNames, ['teacher']);
    checkId = Number(mine?.id);
    otherCheckId = Number(round.rooms.find((r) => r.roomId !== classRoom)?.id);
  });

  it('refuses to open a round for the wrong people or with bad input', async () => {
    assert.equal((await w.ts.client().post('/api/v1/asset-check-rounds', { name: 'x', dueDate: '2026-09-10' })).status, 401);
    assert.equal((await teacher.post('/api/v1/asset-check-rounds', { name: 'x', dueDate: '2026-09-10' })).status, 403);
    const badDate = await keeper.post('/api/v1/asset-check-rounds', { name: 'x', dueDate: '2026-02-30' });
    assert.equal(badDate.status, 400);
    assert.equal((badDate.body.fields as Body[])[0]?.field, 'dueDate');
    const badBuilding = await keeper.post('/api/v1/asset-check-rounds', { name: 'x', dueDate: '2026-09-10', buildingIds: [99999] });
    assert.equal(badBuilding.status, 400);
    assert.equal((badBuilding.body.fields as Body[])[0]?.field, 'buildingIds');
    const noName = await keeper.post('/api/v1/asset-check-rounds', { dueDate: '2026-09-10' });
    assert.equal(noName.status, 400);
    assert.match(String(noName.body.message), /清点名称/);
  });

  it("shows a teacher only the rooms they answer for, under 我的清点", async () => {
    const mine = await teacher.get<{ items: Body[] }>('/api/v1/asset-checks/mine');
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.items.map((i) => i.roomName), ['三年级1班教室']);
    const sheet = await teacher.get<Sheet>(`/api/v1/asset-checks/${checkId}`);
    assert.equal(sheet.status, 200);
    assert.equal(sheet.body.items.length, 4);
    assert.equal(sheet.body.abilities.submit, true);
    cards = sheet.body.items;
    assert.equal((await teacher.get(`/api/v1/asset-checks/${otherCheckId}`)).status, 404, 'not their room');
    assert.equal((await (await w.ts.as('b-teacher')).get(`/api/v1/asset-checks/${checkId}`)).status, 404, 'other school');
    assert.equal((await (await w.ts.as('b-sysadmin')).get(`/api/v1/asset-check-rounds/${round.round.id}`)).status, 404);
    assert.equal((await teacher.get('/api/v1/asset-check-rounds')).status, 403, 'a teacher does not see the whole school');
    assert.equal((await w.ts.client().get('/api/v1/asset-checks/mine')).status, 401);
  });

  it('a teacher cannot submit a room that is not theirs', async () => {
    const res = await teacher.post(`/api/v1/asset-checks/${otherCheckId}/submit`, { version: 1, lines: [], signatureFileId: 1 });
    assert.equal(res.status, 404);
    const principal = await other.post(`/api/v1/asset-checks/${checkId}/submit`, { version: 1, lines: [], signatureFileId: 1 });
    assert.equal(principal.status, 403, 'the principal reads the progress but does not sign for rooms');
  });

  it('checks, flags and signs a room; the storekeeper sees progress and each card its history', async () => {
    const sig = await teacher.post('/api/v1/files', imageForm(checkId, png));
    assert.equal(sig.status, 200, JSON.stringify(sig.body));
    const lines = cards.map((c, i) => ({
      assetId: c.assetId, present: i !== 1, ...(i !== 1 ? { condition: i === 2 ? 'damaged' : 'good' } : {}), ...(i === 2 ? { note: '桌面开裂' } : {}),
    }));

    const missingOne = await teacher.post(`/api/v1/asset-checks/${checkId}/submit`, { version: 1, lines: lines.slice(1), signatureFileId: sig.body.id });
    assert.equal(missingOne.status, 400);
    assert.equal((missingOne.body.fields as Body[])[0]?.field, 'lines');
    assert.match(String(missingOne.body.message), /还有 1 件资产未清点/);
    const noCondition = await teacher.post(`/api/v1/asset-checks/${checkId}/submit`, {
      version: 1, lines: lines.map((l, i) => (i === 0 ? { assetId: l.assetId, present: true } : l)), signatureFileId: sig.body.id,
    });
    assert.equal((noCondition.body.fields as Body[])[0]?.field, 'lines.0.condition');
    const keeperSig = await keeper.post('/api/v1/files', imageForm(checkId, png));
    const notMine = await teacher.post(`/api/v1/asset-checks/${checkId}/submit`, { version: 1, lines, signatureFileId: Number(keeperSig.body.id) });
    assert.equal((notMine.body.fields as Body[])[0]?.field, 'signatureFileId');

    const res = await teacher.post<Sheet>(`/api/v1/asset-checks/${checkId}/submit`, {
      version: 1, lines, signatureFileId: sig.body.id, extras: [{ name: '旧电风扇', note: '不在账上' }],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.check.statusLabel, '已提交');
    assert.equal(res.body.check.missingCount, 1);
    assert.equal(res.body.check.damagedCount, 1);
    assert.equal(res.body.extras[0]?.name, '旧电风扇');
    assert.equal(res.body.items[2]?.conditionLabel, '损坏');

    const stale = await teacher.post(`/api/v1/asset-checks/${checkId}/submit`, { version: 1, lines, signatureFileId: sig.body.id });
    assert.equal(stale.status, 409);

    // A correction is a new submission; the first stays in the history.
    const fixed = await teacher.post<Sheet>(`/api/v1/asset-checks/${checkId}/submit`, {
      version: 2, lines: lines.map((l) => ({ ...l, present: true, condition: l.condition ?? 'good' })), signatureFileId: sig.body.id,
    });
    assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
    assert.equal(fixed.body.submissions.length, 2);
    assert.equal(fixed.body.check.missingCount, 0);

    const progress = await keeper.get<RoundDetail>(`/api/v1/asset-check-rounds/${round.round.id}`);
    assert.equal(progress.body.round.roomsDone, 1);
    assert.equal(progress.body.round.damagedCount, 1);
    const list = await keeper.get<{ items: Body[] }>('/api/v1/asset-check-rounds');
    assert.equal(list.body.items[0]?.roomsDone, 1);

    const history = await keeper.get<{ items: Body[] }>(`/api/v1/assets/${cards[2]?.assetId}/history`);
    const checks = history.body.items.filter((e) => e.kind === 'check');
    assert.equal(checks.length, 2);
    assert.ok(checks.some((e) => String(e.note).includes('在位，损坏（桌面开裂）')), JSON.stringify(checks));
  });

  it('closes a round: stale version 409, then no more submissions', async () => {
    assert.equal((await teacher.post(`/api/v1/asset-check-rounds/${round.round.id}/close`, { version: 1 })).status, 403);
    assert.equal((await keeper.post(`/api/v1/asset-check-rounds/${round.round.id}/close`, { version: 9 })).status, 409);
    const closed = await keeper.post<RoundDetail>(`/api/v1/asset-check-rounds/${round.round.id}/close`, { version: 1 });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.round.statusLabel, '已结束');
    const sheet = await keeper.get<Sheet>(`/api/v1/asset-checks/${otherCheckId}`);
    assert.equal(sheet.body.abilities.submit, false);
    const late = await keeper.post(`/api/v1/asset-checks/${otherCheckId}/submit`, {
      version: 1, lines: sheet.body.items.map((i) => ({ assetId: i.assetId, present: true, condition: 'good' })), signatureFileId: 1,
    });
    assert.equal(late.status, 409);
    assert.equal(late.body.code, 'ASSET_CHECK_CLOSED');
    assert.equal((await teacher.get<{ items: Body[] }>('/api/v1/asset-checks/mine')).body.items.length, 0);
    const again = await keeper.post(`/api/v1/asset-check-rounds/${round.round.id}/close`, { version: 2 });
    assert.equal(again.body.code, 'ASSET_CHECK_CLOSED');
  });
});
