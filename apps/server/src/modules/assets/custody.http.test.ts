import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { assetWorld, desk } from './assets.fixtures.js';

type Body = Record<string, unknown>;
type CustodyList = { holder: Body; items: Body[]; count: number; totalValueFen: number };

describe('custody lists, QR labels and attachments of assets', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let teacher: ApiClient;
  let world: Awaited<ReturnType<typeof assetWorld>>;
  let teacherId: number;
  let pc: Body;
  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    teacher = await w.ts.as('teacher');
    world = await assetWorld(await w.ts.as('logistics_head'));
    teacherId = Number((await teacher.get('/api/v1/auth/me')).body.id);
    pc = (await keeper.post('/api/v1/assets', {
      ...desk(world.category('2010000-01')), name: '教师办公电脑', brand: '联想', specModel: 'M720', originalValueFen: 459_900, custodianId: teacherId,
      roomId: world.roomId('三年级1班教室'),
    })).body;
    await keeper.post('/api/v1/assets/batch', { ...desk(world.category('6010000-01')), count: 3, roomId: world.roomId('三年级1班教室') });
  });
  after(async () => { await w.ts.close(); });

  it("lists a room's and a person's assets with totals", async () => {
    const room = await keeper.get<CustodyList>(`/api/v1/rooms/${world.roomId('三年级1班教室')}/assets`);
    assert.equal(room.status, 200, JSON.stringify(room.body));
    assert.equal(room.body.count, 4);
    assert.equal(room.body.totalValueFen, 459_900 + 3 * 120_000);
    assert.equal(room.body.holder.name, '三年级1班教室');
    const mine = await teacher.get<CustodyList>(`/api/v1/users/${teacherId}/assets`);
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.items.map((a) => a.name), ['教师办公电脑']);
    const keeperId = Number((await keeper.get('/api/v1/auth/me')).body.id);
    assert.equal((await teacher.get(`/api/v1/users/${keeperId}/assets`)).status, 404);
    assert.equal((await (await w.ts.as('b-sysadmin')).get(`/api/v1/rooms/${world.roomId('三年级1班教室')}/assets`)).status, 404);
    assert.equal((await w.ts.client().get(`/api/v1/users/${teacherId}/assets`)).status, 401);
  });

  it('prints a 财产责任清单 PDF for signing', async () => {
    const res = await keeper.get(`/api/v1/users/${teacherId}/assets.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.raw.subarray(0, 5).toString(), '%PDF-');
    assert.match(decodeURIComponent(res.headers.get('content-disposition') ?? ''), /财产责任清单_teacher\.pdf/);
    const room = await keeper.get(`/api/v1/rooms/${world.roomId('三年级1班教室')}/assets.pdf`);
    assert.equal(room.status, 200);
    if (process.env.HOUQIN_KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), 'houqin-custody.pdf'), room.raw);
    assert.equal((await teacher.get(`/api/v1/users/${teacherId}/assets.pdf`)).status, 403);
  });

  it('links a QR label: anyone sees name, number and place; the school sees 报修 with the asset filled in', async () => {
    const head = await w.ts.as('logistics_head');
    const batch = await head.post('/api/v1/qr-batches', { name: '资产标签', count: 2 });
    const codes = await head.get<{ items: Body[] }>(`/api/v1/qr-codes?batchId=${batch.body.id}`);
    const code = String(codes.body.items[0]?.code);
    const link = await head.post(`/api/v1/qr-codes/${code}/link`, { targetType: 'asset', targetId: pc.id, version: codes.body.items[0]?.version });
    assert.equal(link.status, 200, JSON.stringify(link.body));

    const anon = await w.ts.client().get(`/api/v1/qr/resolve/${code}`);
    assert.equal(anon.status, 200);
    const target = anon.body.target as Body;
    assert.equal(target.name, `教师办公电脑（${pc.code}）`);
    assert.match(String(target.location), /教学楼 2层 三年级1班教室/);
    assert.equal(target.id, null);
    assert.ok(!JSON.stringify(anon.body).includes('459900'), 'no value leaks to strangers');

    const inside = await teacher.get(`/api/v1/qr/resolve/${code}`);
    const actions = inside.body.actions as Body[];
    assert.deepEqual(actions.find((a) => a.key === 'repair'), { key: 'repair', label: '报修', href: `/m/repair/new?assetId=${pc.id}` });
    assert.ok(actions.some((a) => a.key === 'view_asset'));
    const card = await keeper.get(`/api/v1/assets/${pc.id}`);
    assert.equal(card.body.qrCode, code);
  });

  it('keeps invoices and warranty scans on the card for those who may see it', async () => {
    const form = new FormData();
    form.set('ownerType', 'asset');
    form.set('ownerId', String(pc.id));
    form.set('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), '发票.pdf');
    const up = await keeper.post('/api/v1/files', form);
    assert.equal(up.status, 200, JSON.stringify(up.body));
    const list = await teacher.get<{ items: Body[] }>(`/api/v1/files?ownerType=asset&ownerId=${pc.id}`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((f) => f.originalName), ['发票.pdf']);
    const form2 = new FormData();
    form2.set('ownerType', 'asset');
    form2.set('ownerId', String(pc.id));
    form2.set('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'x.pdf');
    assert.equal((await teacher.post('/api/v1/files', form2)).status, 403);
    assert.equal((await (await w.ts.as('b-sysadmin')).get(`/api/v1/files?ownerType=asset&ownerId=${pc.id}`)).status, 404);
  });
});
