import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeUser } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;
interface Photo { id: number; url: string; thumbnailUrl: string | null; abilities: { delete: boolean } }
interface Extra { id: number; name: string; quantity: number; roomId: number | null; roomName: string | null; photos: Photo[]; abilities: { delete: boolean; photo: boolean } }
interface Adjustment { id: number; kind: string; quantity: number; extraName: string | null; assetId: number | null; toText: string | null; photos: Photo[] }

const fieldOf = (body: unknown) => ((body as { fields?: Body[] }).fields ?? [])[0]?.field;

function photoForm(ownerType: string, ownerId: number, data: Uint8Array, name = '现场照片.png', type = 'image/png'): FormData {
  const fd = new FormData();
  fd.append('ownerType', ownerType);
  fd.append('ownerId', String(ownerId));
  fd.append('file', new Blob([data], { type }), name);
  return fd;
}

describe('资产盘点：盘盈登记（数量）与照片', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let teacher: ApiClient;
  let principal: ApiClient;
  let stranger: ApiClient;
  let bKeeper: ApiClient;
  let roomA: number;
  let roomB: number;
  let cards: number[];
  let stId: number;
  let png: Buffer;
  let chairs: Extra;
  let scanId: number;

  const url = (path = '') => `/api/v1/asset-stocktakes/${stId}${path}`;
  const extras = async (c: ApiClient, q = '') => c.get<{ items: Extra[] }>(url(`/extras${q}`));

  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    teacher = await w.ts.as('teacher');
    principal = await w.ts.as('principal');
    const world = await assetWorld(await w.ts.as('logistics_head'));
    roomA = world.roomId('三年级1班教室');
    roomB = world.roomId('三年级2班教室');
    const batch = await keeper.post<{ items: Body[] }>('/api/v1/assets/batch', { ...desk(world.category('6010000-01')), count: 2, roomId: roomA });
    assert.equal(batch.status, 200, JSON.stringify(batch.body));
    cards = batch.body.items.map((i) => Number(i.id));
    const teacherId = Number((await teacher.get('/api/v1/auth/me')).body.id);
    const opened = await keeper.post<{ stocktake: { id: number } }>('/api/v1/asset-stocktakes', { name: '三年级1班盘点', scopeKind: 'room', scopeIds: [roomA], counterIds: [teacherId] });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    stId = opened.body.stocktake.id;
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'teacher-2', roles: ['teacher'] });
    stranger = await w.ts.as('teacher-2');
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-storekeeper', roles: ['storekeeper'] });
    bKeeper = await w.ts.as('b-storekeeper');
    png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a0522d' } }).png().toBuffer();
  });
  after(async () => { await w.ts.close(); });

  it('records a 盘盈 of several identical items in the room where they stand', async () => {
    const res = await teacher.post<{ extra: Extra; items: Extra[] }>(url('/extras'), { name: ' 旧木椅 ', quantity: 3, roomId: roomA, note: '无标签，靠墙堆放' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    chairs = res.body.extra;
    assert.deepEqual([chairs.name, chairs.quantity, chairs.roomName], ['旧木椅', 3, '三年级1班教室']);
    assert.deepEqual(chairs.abilities, { delete: true, photo: true });
    const one = await teacher.post<{ extra: Extra }>(url('/extras'), { name: '铁皮柜' });
    assert.equal(one.body.extra.quantity, 1, 'one when not said');
    assert.deepEqual((await extras(teacher, `?roomId=${roomA}`)).body.items.map((e) => e.name), ['旧木椅']);
    assert.deepEqual((await extras(teacher, `?roomId=${roomB}`)).body.items, []);
    assert.equal((await extras(teacher)).body.items.length, 2);
  });

  it('refuses bad input naming the field, strangers, readers and other schools', async () => {
    for (const quantity of [0, 10000, 1.5, '3']) {
      const bad = await teacher.post(url('/extras'), { name: '椅子', quantity });
      assert.equal(bad.status, 400, `quantity ${String(quantity)}`);
      assert.match(String(bad.body.message), /数量/);
    }
    const blank = await teacher.post(url('/extras'), { name: '   ' });
    assert.equal(blank.status, 400);
    assert.equal(fieldOf(blank.body), 'name');
    const room = await teacher.post(url('/extras'), { name: '椅子', roomId: 999999 });
    assert.equal(fieldOf(room.body), 'roomId');
    const unknown = await teacher.post(url('/extras'), { name: '椅子', colour: '红' });
    assert.equal(unknown.status, 400);
    assert.equal((await w.ts.client().post(url('/extras'), { name: '椅子' })).status, 401);
    assert.equal((await stranger.post(url('/extras'), { name: '椅子' })).status, 403, 'a teacher who is not a counter');
    assert.equal((await principal.post(url('/extras'), { name: '椅子' })).status, 403, 'a reader');
    assert.equal((await bKeeper.post(url('/extras'), { name: '椅子' })).status, 404);
    assert.equal((await bKeeper.get(url('/extras'))).status, 404);
    assert.equal((await extras(teacher)).body.items.length, 2, 'nothing written by the refusals');
  });

  it('attaches photos to an extra and to a damaged scan; both show in the lists and results', async () => {
    const up = await teacher.post<Photo>('/api/v1/files', photoForm('asset_stocktake_extra', chairs.id, png));
    assert.equal(up.status, 200, JSON.stringify(up.body));
    const listed = (await extras(teacher)).body.items.find((e) => e.id === chairs.id);
    assert.equal(listed?.photos.length, 1);
    assert.ok(listed?.photos[0]?.thumbnailUrl);
    assert.equal((await teacher.get(listed?.photos[0]?.thumbnailUrl ?? '')).status, 200);

    const scan = await teacher.post(url('/scans'), { assetId: cards[0], roomId: roomA, condition: 'damaged', note: '桌面开裂' });
    assert.equal(scan.status, 200, JSON.stringify(scan.body));
    scanId = Number(scan.body.scanId);
    const shot = await teacher.post<Photo>('/api/v1/files', photoForm('asset_stocktake_scan', scanId, png, '桌面.png'));
    assert.equal(shot.status, 200, JSON.stringify(shot.body));
    const mine = await teacher.get<{ items: (Body & { photos: Photo[]; abilities: Body })[] }>(url('/scans?mine=true'));
    assert.equal(mine.body.items[0]?.photos.length, 1);
    assert.equal(mine.body.items[0]?.abilities.photo, true);
    const damaged = await keeper.get<{ items: (Body & { photos: Photo[] })[] }>(url('/results?kind=damaged'));
    assert.equal(damaged.body.items[0]?.photos[0]?.id, shot.body.id, 'the desktop results carry the evidence');

    // Another school cannot see or add them; a reader may look but not add; only images (415).
    assert.equal((await bKeeper.get(shot.body.url)).status, 404);
    assert.equal((await bKeeper.post('/api/v1/files', photoForm('asset_stocktake_scan', scanId, png))).status, 404);
    assert.equal((await principal.get(shot.body.url)).status, 200);
    assert.equal((await principal.post('/api/v1/files', photoForm('asset_stocktake_scan', scanId, png))).status, 403);
    assert.equal((await stranger.post('/api/v1/files', photoForm('asset_stocktake_extra', chairs.id, png))).status, 404, 'not their stocktake');
    const text = await teacher.post('/api/v1/files', photoForm('asset_stocktake_extra', chairs.id, new TextEncoder().encode('不是照片'), 'x.jpg', 'image/jpeg'));
    assert.equal(text.status, 415);
  });

  it('deletes extras and photos only by their counter or the runner, taking the photos with them', async () => {
    const byKeeper = await keeper.post<{ extra: Extra }>(url('/extras'), { name: '旧黑板', roomId: roomA });
    assert.equal(byKeeper.status, 200);
    const foreign = await teacher.delete(url(`/extras/${byKeeper.body.extra.id}`));
    assert.equal(foreign.status, 403);
    assert.match(String(foreign.body.message), /自己登记/);
    assert.equal((await stranger.delete(url(`/extras/${byKeeper.body.extra.id}`))).status, 403);
    assert.equal((await bKeeper.delete(url(`/extras/${byKeeper.body.extra.id}`))).status, 404);
    assert.equal((await w.ts.client().delete(url(`/extras/${byKeeper.body.extra.id}`))).status, 401);
    assert.equal((await teacher.delete(url('/extras/999999'))).status, 404);

    // The runner takes back the teacher's 铁皮柜 together with its photo.
    const cabinet = (await extras(teacher)).body.items.find((e) => e.name === '铁皮柜');
    assert.ok(cabinet);
    const photo = await teacher.post<Photo>('/api/v1/files', photoForm('asset_stocktake_extra', cabinet.id, png));
    assert.equal((await keeper.delete(url(`/extras/${cabinet.id}`))).status, 200);
    assert.equal((await keeper.get(photo.body.url)).status, 404, 'its photo went with it');
    assert.equal((await keeper.delete(url(`/extras/${byKeeper.body.extra.id}`))).status, 200);
    assert.deepEqual((await extras(keeper)).body.items.map((e) => e.name), ['旧木椅']);

    // A photo: not by a reader, not another school's, yes by its counter.
    const spare = await teacher.post<Photo>('/api/v1/files', photoForm('asset_stocktake_extra', chairs.id, png, '多拍的.png'));
    assert.equal((await principal.delete(url(`/photos/${spare.body.id}`))).status, 403);
    assert.equal((await bKeeper.delete(url(`/photos/${spare.body.id}`))).status, 404);
    assert.equal((await teacher.delete(`/api/v1/asset-stocktakes/${stId}/photos/999999`)).status, 404);
    assert.equal((await teacher.delete(url(`/photos/${spare.body.id}`))).status, 200);
    assert.equal((await teacher.get(spare.body.url)).status, 404);
    assert.equal((await extras(teacher)).body.items[0]?.photos.length, 1);
    // Taking back a mistaken scan takes its photo too.
    const wrong = await teacher.post(url('/scans'), { assetId: cards[1], roomId: roomB });
    const wrongPhoto = await teacher.post<Photo>('/api/v1/files', photoForm('asset_stocktake_scan', Number(wrong.body.scanId), png));
    assert.equal(wrongPhoto.status, 200);
    assert.equal((await teacher.delete(url(`/scans/${String(wrong.body.scanId)}`))).status, 200);
    assert.equal((await keeper.get(wrongPhoto.body.url)).status, 404);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select(['entity', 'action'])
      .where('entity', 'in', ['asset_stocktake_extra', 'file']).where('action', '=', 'delete').execute();
    assert.equal(audit.length, 5, 'two extras, the cabinet\'s photo, the scan\'s photo and the spare photo: each deletion audited');
  });

  it('after counting ends: nothing is added or taken back (409), and reconcile proposes one 盘盈 saying how many', async () => {
    const d = await keeper.get<{ stocktake: { version: number } }>(url());
    assert.equal((await keeper.post(url('/finish-counting'), { version: d.body.stocktake.version })).status, 200);
    const add = await teacher.post(url('/extras'), { name: '椅子' });
    assert.equal(add.status, 409);
    assert.equal(add.body.code, 'STOCKTAKE_WRONG_STATUS');
    assert.equal((await teacher.delete(url(`/extras/${chairs.id}`))).status, 409);
    const photo = (await extras(teacher)).body.items[0]?.photos[0];
    assert.ok(photo);
    assert.equal(photo.abilities.delete, false);
    assert.equal((await teacher.delete(url(`/photos/${photo.id}`))).status, 409);
    // The general attachment route keeps the evidence too, even for its uploader within the day.
    assert.equal((await teacher.delete(`/api/v1/files/${photo.id}`)).status, 409);
    const late = await teacher.post('/api/v1/files', photoForm('asset_stocktake_extra', chairs.id, png));
    assert.equal(late.status, 409);
    assert.equal(late.body.code, 'STOCKTAKE_WRONG_STATUS');

    const v = (await keeper.get<{ stocktake: { version: number } }>(url())).body.stocktake.version;
    assert.equal((await keeper.post(url('/reconcile'), { version: v })).status, 200);
    const adj = await principal.get<{ items: Adjustment[] }>(url('/adjustments'));
    const surplus = adj.body.items.filter((a) => a.kind === 'surplus');
    assert.equal(surplus.length, 1, 'three chairs are one proposal');
    assert.deepEqual([surplus[0]?.extraName, surplus[0]?.quantity, surplus[0]?.toText], ['旧木椅', 3, '教学楼 2层 三年级1班教室']);
    assert.equal(surplus[0]?.photos.length, 1, 'the approver sees the photo');
    const damaged = adj.body.items.find((a) => a.kind === 'damaged');
    assert.equal(damaged?.photos.length, 1);
    assert.equal(damaged?.quantity, 1);
    const xlsx = await principal.get(url('/report.xlsx'));
    assert.equal(xlsx.status, 200);
  });
});
