import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../../../test/api-client.js';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { assetWorld, desk } from './assets.fixtures.js';

type Body = Record<string, unknown>;
type Page = { items: Body[]; total: number; page: number; pageSize: number };

describe('asset cards', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let world: Awaited<ReturnType<typeof assetWorld>>;
  let teacherId: number;
  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    world = await assetWorld(await w.ts.as('logistics_head'));
    const users = await (await w.ts.as('sysadmin')).get<Page>('/api/v1/users?q=teacher');
    teacherId = Number(users.body.items.find((u) => u.staffNo === 'teacher')?.id);
  });
  after(async () => { await w.ts.close(); });

  it('creates a card numbered by the default pattern and books it as a fixed asset over the category life', async () => {
    const res = await keeper.post('/api/v1/assets', {
      name: '办公电脑', categoryId: world.category('2010000-01'), brand: '联想', specModel: 'M720', serialNo: 'SN-0001', originalValueFen: 599_900,
      acquisitionMethod: 'purchase', acquiredOn: '2026-03-15', custodianId: teacherId, roomId: world.roomId('三年级1班教室'),
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.code, 'ZC20262010001');
    assert.equal(res.body.accountingClassLabel, '固定资产');
    assert.equal(res.body.lifeMonths, 72);
    assert.equal(res.body.depStartMonth, '2026-03');
    assert.equal(res.body.netValueFen, 599_900);
    assert.equal(res.body.custodianName, 'teacher');
    assert.match(String(res.body.location), /教学楼 2层 三年级1班教室/);
    assert.equal(res.body.statusLabel, '在用');
  });

  it('books an item below ¥1,000 as 低值耐用品 without depreciation', async () => {
    const res = await keeper.post('/api/v1/assets', { ...desk(world.category('2020000-02')), name: '喷墨打印机', originalValueFen: 89_900 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.accountingClass, 'low_value');
    assert.equal(res.body.depreciationMethodLabel, '不计提折旧');
    assert.equal(res.body.depStartMonth, null);
  });

  it('creates fifty identical desks in one step with consecutive numbers', async () => {
    const res = await keeper.post<{ created: number; firstCode: string; lastCode: string; batchNo: string; items: Body[] }>('/api/v1/assets/batch', {
      ...desk(world.category('6010000-01')), count: 50, roomId: world.roomId('三年级2班教室'),
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.created, 50);
    assert.equal(res.body.firstCode, 'ZC20266010001');
    assert.equal(res.body.lastCode, 'ZC20266010050');
    const codes = res.body.items.map((a) => a.code);
    assert.equal(new Set(codes).size, 50);
    assert.equal(res.body.items[0]?.lifeMonths, 60);
    const page = await keeper.get<Page>(`/api/v1/assets?batchNo=${res.body.batchNo}&pageSize=10&page=5&sort=code`);
    assert.equal(page.body.total, 50);
    assert.equal(page.body.items[9]?.code, 'ZC20266010050');
  });

  it('never hands out the same number to two batches created at the same moment', async () => {
    const other = await w.ts.as('logistics_head');
    const [a, b] = await Promise.all([
      keeper.post<{ items: Body[] }>('/api/v1/assets/batch', { ...desk(world.category('6010000-03')), name: '讲台', count: 20 }),
      other.post<{ items: Body[] }>('/api/v1/assets/batch', { ...desk(world.category('6010000-03')), name: '讲台', count: 20 }),
    ]);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(b.status, 200, JSON.stringify(b.body));
    const codes = [...a.body.items, ...b.body.items].map((x) => String(x.code)).sort();
    assert.equal(new Set(codes).size, 40);
    // Same pattern scope as the desks ({CAT:3} = 601), so the sequence carries on after them.
    assert.equal(codes[0], 'ZC20266010051');
    assert.equal(codes[39], 'ZC20266010090');
  });

  it('lists with keyword, category (with sub-categories), room, custodian and status filters', async () => {
    assert.deepEqual((await keeper.get<Page>('/api/v1/assets?q=m720')).body.items.map((a) => a.name), ['办公电脑']);
    assert.equal((await keeper.get<Page>('/api/v1/assets?q=sn-0001')).body.total, 1);
    assert.equal((await keeper.get<Page>(`/api/v1/assets?categoryId=${world.category('2010000')}`)).body.total, 1);
    assert.equal((await keeper.get<Page>(`/api/v1/assets?categoryId=${world.category('6000000')}`)).body.total, 90);
    assert.equal((await keeper.get<Page>(`/api/v1/assets?roomId=${world.roomId('三年级2班教室')}`)).body.total, 50);
    assert.equal((await keeper.get<Page>(`/api/v1/assets?custodianId=${teacherId}`)).body.total, 1);
    assert.equal((await keeper.get<Page>('/api/v1/assets?status=idle')).body.total, 0);
    assert.equal((await keeper.get<Page>('/api/v1/assets?accountingClass=low_value')).body.total, 1);
  });

  it('shows a teacher only what they keep and what stands in their class room', async () => {
    const teacher = await w.ts.as('teacher');
    const mine = await teacher.get<Page>('/api/v1/assets');
    assert.deepEqual(mine.body.items.map((a) => a.name), ['办公电脑']);
    assert.equal(mine.body.items[0]?.abilities && (mine.body.items[0].abilities as Body).update, false);
    const desks = await keeper.get<Page>(`/api/v1/assets?roomId=${world.roomId('三年级2班教室')}&pageSize=1`);
    assert.equal((await teacher.get(`/api/v1/assets/${desks.body.items[0]?.id}`)).status, 404);
  });

  it('edits with version checks, refuses what is not editable, and records the timeline', async () => {
    const [pc] = (await keeper.get<Page>('/api/v1/assets?q=m720')).body.items;
    const id = Number(pc?.id);
    const upd = await keeper.patch(`/api/v1/assets/${id}`, { version: pc?.version, note: '校长室借用', status: 'idle', originalValueFen: 589_900 });
    assert.equal(upd.status, 200, JSON.stringify(upd.body));
    assert.equal(upd.body.statusLabel, '闲置');
    assert.equal(upd.body.netValueFen, 589_900);
    const stale = await keeper.patch(`/api/v1/assets/${id}`, { version: pc?.version, note: 'x' });
    assert.equal(stale.status, 409);
    assert.equal((await keeper.patch(`/api/v1/assets/${id}`, { version: upd.body.version, status: 'disposed' })).status, 400);
    assert.equal((await keeper.patch(`/api/v1/assets/${id}`, { version: upd.body.version, custodianId: 1 })).status, 400);

    const moved = await keeper.post(`/api/v1/assets/${id}/custody`, { version: upd.body.version, custodianId: null, roomId: world.roomId('三年级2班教室'), reason: '调整到三年级2班' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.custodianName, null);
    assert.equal(moved.body.roomName, '三年级2班教室');
    assert.equal((await keeper.post(`/api/v1/assets/${id}/custody`, { version: upd.body.version, roomId: null, reason: '再调' })).status, 409);

    const history = await keeper.get<{ items: { kind: string; kindLabel: string; note: string | null; changes: Body[] }[] }>(`/api/v1/assets/${id}/history`);
    assert.deepEqual(history.body.items.map((e) => e.kindLabel), ['建卡', '修改卡片', '变更保管']);
    const custody = history.body.items[2];
    assert.equal(custody?.note, '调整到三年级2班');
    assert.deepEqual(custody?.changes.find((c) => c.field === 'custodian'), { field: 'custodian', fieldLabel: '使用人', before: 'teacher', after: null });
    assert.ok(history.body.items[1]?.changes.some((c) => c.field === 'original_value_fen' && c.after === '589900'));
  });

  it('answers 401, 403, 404 and 400 as a user would expect', async () => {
    const anon = w.ts.client();
    assert.equal((await anon.get('/api/v1/assets')).status, 401);
    const teacher = await w.ts.as('teacher');
    assert.equal((await teacher.post('/api/v1/assets', desk(world.category('6010000-01')))).status, 403);
    const finance = await w.ts.as('finance');
    assert.equal((await finance.post('/api/v1/assets/batch', { ...desk(world.category('6010000-01')), count: 2 })).status, 403);

    const [any] = (await keeper.get<Page>('/api/v1/assets?pageSize=1')).body.items;
    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.get(`/api/v1/assets/${any?.id}`)).status, 404);
    assert.equal((await bAdmin.get<Page>('/api/v1/assets')).body.total, 0);
    assert.equal((await bAdmin.get(`/api/v1/assets/${any?.id}/history`)).status, 404);
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'b-keeper', roles: ['storekeeper'] });
    const bKeeper = await w.ts.as('b-keeper');
    assert.equal((await bKeeper.patch(`/api/v1/assets/${any?.id}`, { version: any?.version, note: 'x' })).status, 404);
    assert.equal((await bKeeper.post(`/api/v1/assets/${any?.id}/custody`, { version: any?.version, roomId: null, reason: 'x' })).status, 404);

    const bad = await keeper.post('/api/v1/assets', desk(world.category('6010000-01'), { originalValueFen: '1200' }));
    assert.equal(bad.status, 400);
    assert.equal((bad.body.fields as Body[])[0]?.field, 'originalValueFen');
    const future = await keeper.post('/api/v1/assets', desk(world.category('6010000-01'), { acquiredOn: '2999-01-01' }));
    assert.equal(future.status, 400);
    assert.match(String(future.body.message), /取得日期/);
    const noLife = await keeper.post('/api/v1/assets', desk(world.category('1020000'), { name: '教学楼', originalValueFen: 1_000_000_00 }));
    assert.equal(noLife.status, 400);
    assert.equal((noLife.body.fields as Body[])[0]?.field, 'lifeMonths');
    const otherRoom = await keeper.post('/api/v1/assets', desk(world.category('6010000-01'), { custodianId: 999999 }));
    assert.equal(otherRoom.status, 400);
    assert.equal((otherRoom.body.fields as Body[])[0]?.field, 'custodianId');
    assert.equal((await keeper.get('/api/v1/assets?sort=password')).status, 400);
    const dup = await keeper.post('/api/v1/assets', desk(world.category('6010000-01'), { code: 'ZC20262010001' }));
    assert.equal(dup.status, 409);
  });

  it('exports the filtered ledger to Excel in 元 for those allowed to export', async () => {
    const res = await keeper.get(`/api/v1/assets/export.xlsx?categoryId=${world.category('2010000')}`);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('资产台账');
    assert.equal(ws?.rowCount, 2);
    assert.equal(ws?.getRow(1).getCell(11).value, '原值（元）');
    assert.equal(ws?.getRow(2).getCell(2).value, '办公电脑');
    assert.equal(ws?.getRow(2).getCell(11).value, 5899);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/assets/export.xlsx')).status, 403);
  });

  it('lets the bureau inspector read but not write', async () => {
    const inspector = await w.ts.as('inspector');
    const page = await inspector.get<Page>(`/api/v1/assets?schoolId=${w.schoolA}`);
    assert.equal(page.status, 200);
    assert.ok(page.body.total > 90);
    assert.equal((await inspector.post('/api/v1/assets', desk(world.category('6010000-01')))).status, 403);
  });
});
