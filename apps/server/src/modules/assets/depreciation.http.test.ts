import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import { assetWorld, desk } from './assets.fixtures.js';
import { runDepreciationJob } from './jobs/depreciation-job.js';

type Body = Record<string, unknown>;
type Report = { months: string[]; rows: { categoryCode: string; amounts: { month: string; amountFen: number }[]; totalFen: number }[]; totals: { amountFen: number }[]; totalFen: number };

describe('depreciation', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let finance: ApiClient;
  let world: Awaited<ReturnType<typeof assetWorld>>;
  let pcId: number;
  let buildingId: number;
  before(async () => {
    w = await startWithTwoSchools();
    keeper = await w.ts.as('storekeeper');
    finance = await w.ts.as('finance');
    world = await assetWorld(await w.ts.as('logistics_head'));
    const pc = await keeper.post('/api/v1/assets', { ...desk(world.category('2010000-01')), name: '办公电脑', originalValueFen: 600_000, acquiredOn: '2025-01-10' });
    pcId = Number(pc.body.id);
    const building = await keeper.post('/api/v1/assets', {
      ...desk(world.category('1020000-02')), name: '综合楼', unit: '平方米', areaM2: 3200, originalValueFen: 1_234_567_891, acquiredOn: '2024-06-01', titleCertNo: '房权证-001',
    });
    buildingId = Number(building.body.id);
    assert.equal(building.body.lifeMonths, 600);
    await keeper.post('/api/v1/assets', { ...desk(world.category('5010000')), name: '图书一批', unit: '册', quantity: 2000, originalValueFen: 5_000_000, acquiredOn: '2024-09-01' });
    await keeper.post('/api/v1/assets', { ...desk(world.category('2020000-02')), name: '打印机', originalValueFen: 80_000, acquiredOn: '2025-01-10' });
  });
  after(async () => { await w.ts.close(); });

  it('books every month through the chosen month, exactly, and nothing for books or low-value items', async () => {
    const run = await finance.post('/api/v1/asset-depreciation/run?month=2025-06');
    assert.equal(run.status, 200, JSON.stringify(run.body));
    // 电脑 2025-01…06 (6 months), 综合楼 2024-06…2025-06 (13 months).
    assert.deepEqual(run.body, { month: '2025-06', assets: 2, months: 19, amountFen: 6 * 8_333 + 13 * Math.floor(1_234_567_891 / 600) });
    const pc = await keeper.get(`/api/v1/assets/${pcId}`);
    assert.equal(pc.body.accumulatedDepreciationFen, 6 * 8_333);
    assert.equal(pc.body.netValueFen, 600_000 - 6 * 8_333);
    assert.equal(pc.body.depreciatedMonths, 6);
  });

  it('changes nothing when run again for the same month, or by the scheduled job at the same time', async () => {
    const again = await finance.post('/api/v1/asset-depreciation/run?month=2025-06');
    assert.deepEqual(again.body, { month: '2025-06', assets: 0, months: 0, amountFen: 0 });
    const db = w.ts.server.db.kysely;
    const now = new Date('2025-08-15T02:00:00Z');
    const [a, b] = await Promise.all([runDepreciationJob(db, now), runDepreciationJob(db, now)]);
    assert.equal(a.assets + b.assets, 2, 'both cards booked once, through 2025-07');
    const rows = await db.selectFrom('asset_depreciation').select(['asset_id', 'month']).where('school_id', '=', w.schoolA).execute();
    assert.equal(rows.length, 7 + 14);
    assert.equal(new Set(rows.map((r) => `${r.asset_id}@${r.month}`)).size, rows.length);
    const rerun = await runDepreciationJob(db, now);
    assert.equal(rerun.claimed, true);
    assert.equal(rerun.assets, 0);
  });

  it('reports by category and month, with totals, in JSON and Excel', async () => {
    const res = await finance.get<Report>('/api/v1/asset-depreciation/report?from=2025-05&to=2025-07');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.months, ['2025-05', '2025-06', '2025-07']);
    const pcRow = res.body.rows.find((r) => r.categoryCode === '2010000-01');
    assert.deepEqual(pcRow?.amounts.map((a) => a.amountFen), [8_333, 8_333, 8_333]);
    const buildingMonth = Math.floor(1_234_567_891 / 600);
    assert.equal(res.body.totals[0]?.amountFen, 8_333 + buildingMonth);
    assert.equal(res.body.totalFen, 3 * (8_333 + buildingMonth));
    assert.ok(!res.body.rows.some((r) => r.categoryCode.startsWith('5')), 'books are never depreciated');

    const xlsx = await finance.get('/api/v1/asset-depreciation/report.xlsx?from=2025-05&to=2025-07');
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('折旧汇总');
    assert.equal(ws?.getRow(1).getCell(3).value, '2025-05（元）');
    const last = ws?.getRow(ws.rowCount);
    assert.equal(last?.getCell(2).value, '合计');
    assert.equal(last?.getCell(6).value, (3 * (8_333 + buildingMonth)) / 100);
  });

  it('keeps booked value fields locked and refuses future months, bad months, outsiders and wrong roles', async () => {
    const pc = await keeper.get(`/api/v1/assets/${pcId}`);
    const locked = await keeper.patch(`/api/v1/assets/${pcId}`, { version: pc.body.version, originalValueFen: 1 });
    assert.equal(locked.status, 409);
    assert.equal(locked.body.code, 'ASSET_DEPRECIATION_BOOKED');
    assert.equal((await keeper.patch(`/api/v1/assets/${pcId}`, { version: pc.body.version, note: '正常使用' })).status, 200);

    const future = await finance.post('/api/v1/asset-depreciation/run?month=2999-01');
    assert.equal(future.status, 400);
    assert.equal((future.body.fields as Body[])[0]?.field, 'month');
    assert.equal((await finance.post('/api/v1/asset-depreciation/run?month=2025-13')).status, 400);
    assert.equal((await finance.get('/api/v1/asset-depreciation/report?from=2025-07&to=2025-01')).status, 400);
    assert.equal((await w.ts.client().post('/api/v1/asset-depreciation/run')).status, 401);
    assert.equal((await (await w.ts.as('teacher')).post('/api/v1/asset-depreciation/run')).status, 403);
    assert.equal((await (await w.ts.as('teacher')).get('/api/v1/asset-depreciation/report?from=2025-01&to=2025-02')).status, 403);
    const bAdmin = await w.ts.as('b-sysadmin');
    assert.equal((await bAdmin.get(`/api/v1/asset-depreciation/report?from=2025-01&to=2025-02&schoolId=${w.schoolA}`)).status, 404);
    const bReport = await bAdmin.get<Report>('/api/v1/asset-depreciation/report?from=2025-01&to=2025-12');
    assert.equal(bReport.body.totalFen, 0);
    const building = await keeper.get(`/api/v1/assets/${buildingId}`);
    assert.equal(building.body.depreciatedMonths, 14);
  });
});
