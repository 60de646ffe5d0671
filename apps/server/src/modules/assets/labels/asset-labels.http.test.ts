import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeUser } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld, desk } from '../assets.fixtures.js';

type Body = Record<string, unknown>;

/** Pages in a PDF written by pdfkit: one "/Type /Page" object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('asset QR labels', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let room: number;
  let ids: number[];
  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    const world = await assetWorld(await w.ts.as('logistics_head'));
    room = world.roomId('三年级1班教室');
    const batch = await keeper.post<{ items: Body[] }>('/api/v1/assets/batch', { ...desk(world.category('6010000-01')), count: 3, roomId: room });
    assert.equal(batch.status, 200, JSON.stringify(batch.body));
    ids = batch.body.items.map((i) => Number(i.id));
  });
  after(async () => { await w.ts.close(); });

  it("prints a room's cards, one code per card linked on the way, reused next time", async () => {
    const res = await keeper.post('/api/v1/assets/labels', { roomId: room, layout: 'single-50x30' });
    assert.equal(res.status, 200, res.raw.toString().slice(0, 300));
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('x-label-count'), '3');
    assert.equal(pageCount(res.raw), 3, 'a label printer gets one page per label');
    if (process.env.HOUQIN_KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), 'houqin-asset-labels.pdf'), res.raw);
    const card = await keeper.get(`/api/v1/assets/${ids[0]}`);
    const code = String(card.body.qrCode);
    assert.match(code, /^[A-Z0-9]+$/);
    const scan = await w.ts.client().get(`/api/v1/qr/resolve/${code}`);
    assert.equal((scan.body.target as Body).name, `学生课桌椅（单人）（${card.body.code}）`);

    const again = await keeper.post('/api/v1/assets/labels', { assetIds: ids, layout: 'a4-3x8', startPosition: 23 });
    assert.equal(again.status, 200);
    assert.equal(pageCount(again.raw), 2, 'slots 23 and 24 on the part-used sheet, then a new sheet');
    assert.equal((await keeper.get(`/api/v1/assets/${ids[0]}`)).body.qrCode, code, 'the label already stuck on stays valid');
    const filtered = await keeper.post('/api/v1/assets/labels', { filter: { q: '课桌' }, layout: 'single-40x30' });
    assert.equal(filtered.headers.get('x-label-count'), '3');
  });

  it('refuses strangers, other schools and bad choices', async () => {
    assert.equal((await w.ts.client().post('/api/v1/assets/labels', { roomId: room, layout: 'a4-3x8' })).status, 401);
    assert.equal((await (await w.ts.as('teacher')).post('/api/v1/assets/labels', { roomId: room, layout: 'a4-3x8' })).status, 403);
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-storekeeper', roles: ['storekeeper'] });
    const bKeeper = await w.ts.as('b-storekeeper');
    assert.equal((await bKeeper.post('/api/v1/assets/labels', { assetIds: ids, layout: 'a4-3x8' })).status, 404, "another school's cards");
    assert.equal((await bKeeper.post('/api/v1/assets/labels', { roomId: room, layout: 'a4-3x8' })).status, 400, 'no cards of theirs there');
    const head = await w.ts.as('logistics_head');
    assert.equal((await head.post('/api/v1/assets/labels', { assetIds: [...ids, 999999], layout: 'a4-3x8' })).status, 404);
    const both = await keeper.post('/api/v1/assets/labels', { assetIds: ids, roomId: room, layout: 'a4-3x8' });
    assert.equal(both.status, 400);
    assert.equal((both.body.fields as Body[])[0]?.field, 'assetIds');
    const start = await keeper.post('/api/v1/assets/labels', { roomId: room, layout: 'a4-2x5', startPosition: 11 });
    assert.equal((start.body.fields as Body[])[0]?.field, 'startPosition');
    const empty = await keeper.post('/api/v1/assets/labels', { roomId: 999999, layout: 'a4-3x8' });
    assert.equal((empty.body.fields as Body[])[0]?.field, 'roomId');
    assert.equal((await keeper.post('/api/v1/assets/labels', { roomId: room, layout: 'a3' })).status, 400);
  });
});
