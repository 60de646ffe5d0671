import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeDistrict, makeSchool } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { addDays } from '../../../platform/calendar/dates.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import { assetWorld, desk } from '../assets.fixtures.js';
import { ledgerPageCount } from './ledger-pdf.js';

type Body = Record<string, unknown>;
type Figures = { cards: number; quantity: number; originalFen: number; accumulatedFen: number; netFen: number; addedCards: number; addedFen: number; disposedCards: number; disposedFen: number };
type Summary = {
  asOf: string; year: number; totals: Figures;
  categories: (Figures & { code: string; children: (Figures & { code: string })[] })[];
  byStatus: (Figures & { key: string | null; label: string })[]; byFundingSource: (Figures & { label: string })[];
  byDepartment: (Figures & { label: string })[]; byBuilding: (Figures & { label: string })[];
};
type Page<T> = { items: T[]; total: number };

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page[^s]/g) ?? []).length;
const figures = (f: Figures) => ({ cards: f.cards, originalFen: f.originalFen, accumulatedFen: f.accumulatedFen, netFen: f.netFen, addedCards: f.addedCards, addedFen: f.addedFen, disposedCards: f.disposedCards, disposedFen: f.disposedFen });

describe('asset reports', () => {
  let w: TwoSchools;
  let head: ApiClient;
  let inspector: ApiClient;
  let otherDistrictSchool: number;
  let roomId: number;
  let batchNo: string;
  const today = localDate(new Date(), 'Asia/Shanghai');

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    otherDistrictSchool = await makeSchool(db, '外区小学', 'WQXX', await makeDistrict(db, '外区教育局', 'D02'));
    head = await w.ts.as('logistics_head');
    inspector = await w.ts.as('inspector');
    const finance = await w.ts.as('finance');
    const world = await assetWorld(head);
    roomId = world.roomId('三年级1班教室');
    const create = async (body: Body) => {
      const res = await head.post<Body>('/api/v1/assets', body);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body;
    };
    // 台式计算机: 72 months, 8,333 fen a month; booked 2025-01…12.
    await create({ ...desk(world.category('2010000-01')), name: '办公电脑', originalValueFen: 600_000, acquiredOn: '2025-01-10', roomId });
    // 打印机 below the ¥1,000 threshold: 低值耐用品, never depreciated; marked 闲置 with a warranty ending in 30 days.
    const printer = await create({ ...desk(world.category('2020000-02')), name: '激光打印机', originalValueFen: 80_000, acquiredOn: '2025-02-01', warrantyUntil: addDays(today, 30), supplier: '文具公司' });
    const idle = await head.patch(`/api/v1/assets/${printer.id}`, { version: printer.version, status: 'idle' });
    assert.equal(idle.status, 200, JSON.stringify(idle.body));
    // 投影仪 from an older ledger, fully depreciated before this system.
    await create({ ...desk(world.category('2020000-03')), name: '投影仪', originalValueFen: 300_000, acquiredOn: '2015-03-01', fundingSource: 'special', openingDepMonths: 72, openingAccumulatedFen: 300_000 });
    // 复印机: 2,777 fen a month from 2024-05; disposed of on 2025-06-15.
    const copier = await create({ ...desk(world.category('2020000-01')), name: '复印机', originalValueFen: 200_000, acquiredOn: '2024-05-01' });
    const run = await finance.post('/api/v1/asset-depreciation/run?month=2025-12');
    assert.equal(run.status, 200, JSON.stringify(run.body));
    // why: the disposal workflow is another module's; the report only reads status and disposed_on.
    await db.kysely.updateTable('assets').set({ status: 'disposed', disposed_on: '2025-06-15' }).where('id', '=', Number(copier.id)).execute();
    const batch = await head.post<Body>('/api/v1/assets/batch', { ...desk(world.category('6010000-01')), count: 41 });
    assert.equal(batch.status, 200, JSON.stringify(batch.body));
    batchNo = String(batch.body.batchNo);
  });
  after(async () => { await w.ts.close(); });

  it('adds up the 资产年报 at year end, in fen, with disposals dropped after their date', async () => {
    const res = await head.get<Summary>('/api/v1/asset-reports/summary?asOf=2025-12-31');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const s = res.body;
    assert.equal(s.year, 2025);
    // 电脑, 打印机, 投影仪 on the books; 复印机 disposed in June; the desks arrive in 2026.
    assert.deepEqual(figures(s.totals), {
      cards: 3, originalFen: 980_000, accumulatedFen: 12 * 8_333 + 300_000, netFen: 980_000 - 99_996 - 300_000,
      addedCards: 2, addedFen: 680_000, disposedCards: 1, disposedFen: 200_000,
    });
    const general = s.categories.find((c) => c.code === '2000000');
    assert.equal(general?.cards, 3);
    assert.deepEqual(general?.children.map((c) => [c.code, c.cards, c.originalFen, c.accumulatedFen, c.netFen]), [
      ['2010000', 1, 600_000, 99_996, 500_004], ['2020000', 2, 380_000, 300_000, 80_000],
    ]);
    assert.equal(general?.children[1]?.disposedFen, 200_000);
    assert.deepEqual(s.byStatus.map((r) => [r.label, r.cards, r.originalFen, r.disposedCards]), [['在用', 2, 900_000, 0], ['闲置', 1, 80_000, 0], ['已处置', 0, 0, 1]]);
    assert.deepEqual(s.byFundingSource.map((r) => [r.label, r.cards, r.originalFen]), [['财政拨款', 2, 680_000], ['专项资金', 1, 300_000]]);
    assert.deepEqual(s.byBuilding.map((r) => [r.label, r.cards]), [['教学楼', 1], ['未放在楼宇房间', 2]]);
  });

  it('counts the disposed card and only the depreciation booked by then for an earlier date', async () => {
    const s = (await head.get<Summary>('/api/v1/asset-reports/summary?asOf=2024-12-31')).body;
    // 投影仪 and 复印机 (8 months of 2,777 booked 2024-05…12).
    assert.deepEqual(figures(s.totals), {
      cards: 2, originalFen: 500_000, accumulatedFen: 300_000 + 8 * 2_777, netFen: 500_000 - 300_000 - 22_216,
      addedCards: 1, addedFen: 200_000, disposedCards: 0, disposedFen: 0,
    });
  });

  it('exports the summary as a workbook and a PDF', async () => {
    const xlsx = await head.get('/api/v1/asset-reports/summary.xlsx?asOf=2025-12-31');
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    assert.equal(ws?.getRow(1).getCell(2).value, '分类名称');
    assert.equal(ws?.getRow(ws.rowCount).getCell(2).value, '合计');
    assert.equal(ws?.getRow(ws.rowCount).getCell(5).value, 9_800, 'original value in 元');
    const pdf = await head.get('/api/v1/asset-reports/summary.pdf?asOf=2025-12-31');
    assert.equal(pdf.status, 200);
    assert.equal(pdf.raw.subarray(0, 4).toString(), '%PDF');
  });

  it('prints the ledger on A4 pages with the header on each, and exports the same rows to Excel', async () => {
    const pdf = await head.get(`/api/v1/asset-reports/ledger.pdf?batchNo=${batchNo}`);
    assert.equal(pdf.status, 200, pdf.raw.toString());
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.raw.subarray(0, 4).toString(), '%PDF');
    assert.equal(ledgerPageCount(41), 3);
    assert.equal(pageCount(pdf.raw), 3);
    const empty = await head.get('/api/v1/asset-reports/ledger.pdf?status=loaned');
    assert.equal(pageCount(empty.raw), 1, 'an empty ledger is one page with its totals and signatures');

    const xlsx = await head.get('/api/v1/asset-reports/ledger.xlsx?asOf=2025-12-31');
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('资产台账');
    const header = ws?.getRow(1).values as unknown[];
    assert.deepEqual(header.slice(1), ['资产编号', '资产名称', '分类代码', '分类名称', '规格型号', '数量', '计量单位', '原值（元）', '累计折旧（元）', '净值（元）', '取得日期', '使用部门', '使用人', '存放地点', '使用状况']);
    assert.equal(ws?.rowCount, 4, 'three cards on the books at 2025-12-31');
    const pc = [2, 3, 4].map((i) => ws?.getRow(i)).find((r) => r?.getCell(2).value === '办公电脑');
    assert.deepEqual([pc?.getCell(8).value, pc?.getCell(9).value, pc?.getCell(10).value, pc?.getCell(14).value, pc?.getCell(15).value], [6_000, 999.96, 5_000.04, '教学楼 2层 三年级1班教室', '在用']);
  });

  it('lists idle cards, warranties ending soon and values per holder', async () => {
    const idle = await head.get<Page<Body>>('/api/v1/asset-reports/idle');
    assert.equal(idle.status, 200, JSON.stringify(idle.body));
    assert.deepEqual(idle.body.items.map((c) => c.name), ['激光打印机']);
    const soon = await head.get<Page<Body>>('/api/v1/asset-reports/warranty?withinDays=90');
    assert.deepEqual(soon.body.items.map((c) => [c.name, c.warrantyDaysLeft, c.supplier]), [['激光打印机', 30, '文具公司']]);
    assert.equal((await head.get<Page<Body>>('/api/v1/asset-reports/warranty?withinDays=10')).body.total, 0);
    const xlsx = await head.get('/api/v1/asset-reports/warranty.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    assert.equal(wb.getWorksheet('保修到期')?.getRow(2).getCell(2).value, '激光打印机');

    const rooms = await head.get<Page<Body>>('/api/v1/asset-reports/by-holder?kind=room&sort=-cards');
    assert.equal(rooms.status, 200, JSON.stringify(rooms.body));
    assert.equal(rooms.body.total, 2);
    const room = rooms.body.items.find((r) => r.holderId === roomId);
    assert.deepEqual([room?.name, room?.detail, room?.cards, room?.originalValueFen, room?.netValueFen, room?.link], ['三年级1班教室', '教学楼 2层', 1, 600_000, 500_004, `/assets/holders/room/${roomId}`]);
    assert.deepEqual(rooms.body.items[0], { holderId: null, name: '未指定存放地点', detail: null, cards: 43, originalValueFen: 80_000 + 300_000 + 41 * 120_000, netValueFen: 80_000 + 41 * 120_000, link: null });
  });

  it('shows the bureau every school of its district side by side, and nothing else', async () => {
    // why: the stocktake workflow is another module's; the comparison only reads when the last one closed.
    const at = '2026-01-10T08:00:00.000Z';
    await w.ts.server.db.kysely.insertInto('asset_stocktakes').values({
      school_id: w.schoolA, name: '年终盘点', scope_kind: 'school', status: 'closed', expected_count: 3, expected_value_fen: 980_000, created_at: at, updated_at: at, closed_at: at,
    }).execute();
    const res = await inspector.get<{ schoolCount: number; totals: Body; schools: Body[] }>('/api/v1/asset-reports/district-summary');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.schoolCount, 2);
    const a = res.body.schools.find((s) => s.schoolId === w.schoolA);
    assert.deepEqual([a?.cards, a?.originalValueFen, a?.idleCards, a?.pastLifeCards], [44, 980_000 + 41 * 120_000, 1, 1]);
    assert.equal(a?.netValueFen, 980_000 + 41 * 120_000 - 99_996 - 300_000);
    assert.equal(a?.lastStocktakeAt, at);
    assert.deepEqual(res.body.schools.find((s) => s.schoolId === w.schoolB), {
      schoolId: w.schoolB, schoolName: '第二实验小学', cards: 0, originalValueFen: 0, netValueFen: 0, idleCards: 0, pastLifeCards: 0, lastStocktakeAt: null,
    });
    assert.equal((await head.get('/api/v1/asset-reports/district-summary')).status, 403);

    const summary = await inspector.get<Summary>(`/api/v1/asset-reports/summary?schoolId=${w.schoolA}&asOf=2025-12-31`);
    assert.equal(summary.status, 200);
    assert.equal(summary.body.totals.cards, 3);
    assert.equal((await inspector.get(`/api/v1/asset-reports/summary?schoolId=${otherDistrictSchool}`)).status, 404);
    assert.equal((await inspector.get(`/api/v1/asset-reports/idle?schoolId=${otherDistrictSchool}`)).status, 404);
    const noSchool = await inspector.get<{ fields: { field: string }[] }>('/api/v1/asset-reports/summary');
    assert.equal(noSchool.status, 400);
    assert.equal(noSchool.body.fields[0]?.field, 'schoolId');
    // The bureau downloads what it inspects, for its own district's schools only.
    assert.equal((await inspector.get(`/api/v1/asset-reports/summary.xlsx?schoolId=${w.schoolA}`)).status, 200);
    assert.equal((await inspector.get(`/api/v1/asset-reports/summary.xlsx?schoolId=${otherDistrictSchool}`)).status, 404);
  });

  it('refuses without a login, to teachers and to bad input', async () => {
    const anon = w.ts.client();
    for (const path of ['summary', 'ledger.pdf', 'ledger.xlsx', 'idle', 'warranty', 'by-holder', 'district-summary']) {
      assert.equal((await anon.get(`/api/v1/asset-reports/${path}`)).status, 401, path);
    }
    const teacher = await w.ts.as('teacher');
    for (const path of ['summary', 'ledger.pdf', 'ledger.xlsx', 'idle', 'by-holder', 'district-summary']) {
      assert.equal((await teacher.get(`/api/v1/asset-reports/${path}`)).status, 403, path);
    }
    const bad = async (path: string, field: string) => {
      const res = await head.get<{ fields?: { field: string; message: string }[] }>(`/api/v1/asset-reports/${path}`);
      assert.equal(res.status, 400, path);
      assert.equal(res.body.fields?.[0]?.field, field, JSON.stringify(res.body));
    };
    await bad('summary?asOf=2025-02-30', 'asOf');
    await bad('summary?asOf=2025-1-1', 'asOf');
    await bad(`summary?asOf=${addDays(today, 2)}`, 'asOf');
    await bad('ledger.pdf?asOf=tomorrow', 'asOf');
    await bad('warranty?withinDays=0', 'withinDays');
    await bad('warranty?withinDays=abc', 'withinDays');
    await bad('by-holder?kind=car', 'kind');
    await bad('ledger.xlsx?status=lost', 'status');
  });
});
