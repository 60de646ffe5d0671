import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { addDays } from '../../../platform/calendar/dates.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import { makeRoom } from '../../qr/qr.fixtures.js';
import { categoryIdOf, uploadDraftPhoto, userIdOf } from '../repairs.fixtures.js';

interface Wo { id: number; version: number; status: string }
interface Summary {
  requests: number; workOrders: number; completed: number; byCategory: { label: string; count: number }[]; byBuilding: { label: string; count: number }[];
  byTechnician: { label: string; count: number; completed: number }[]; byMonth: { count: number }[];
  response: { count: number; medianMinutes: number | null }; resolution: { count: number };
  sla: { respondedOnTimeShare: number | null; completedOnTimeShare: number | null; completedCount: number };
  satisfaction: { averageStars: number | null; count: number }; repeat: { count: number; share: number | null };
  costByCategory: { label: string; costFen: number }[]; costByMonth: { costFen: number }[];
}

async function sheetOf(raw: Buffer, index = 0) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as unknown as ArrayBuffer);
  return { ws: wb.worksheets[index]!, names: wb.worksheets.map((s) => s.name) };
}

const headerOf = (ws: ExcelJS.Worksheet): unknown[] => (ws.getRow(1).values as unknown[]).slice(1);

describe('repair reports: exports and summary', () => {
  let w: TwoSchools;
  let teacher: ApiClient;
  let tech: ApiClient;
  let head: ApiClient;
  let water = 0;
  let range = '';

  before(async () => {
    w = await startWithTwoSchools();
    const db = w.ts.server.db;
    const room = await makeRoom(db, w.schoolA, { name: '三年级二班', buildingName: '教学楼', floor: 3 });
    teacher = await w.ts.as('teacher');
    tech = await w.ts.as('technician');
    head = await w.ts.as('logistics_head');
    const techId = await userIdOf(db, 'technician', w.schoolA);
    water = await categoryIdOf(db, w.schoolA, '水');
    const power = await categoryIdOf(db, w.schoolA, '电');
    const today = localDate(new Date(), 'Asia/Shanghai');
    range = `from=${addDays(today, -1)}&to=${addDays(today, 1)}`;

    const report = async (categoryId: number, description: string) => {
      const res = await teacher.post<{ workOrder: { id: number; version: number } }>('/api/v1/repair-requests', { roomId: room, categoryId, description, urgency: 'urgent' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.workOrder;
    };
    // Two repaired and rated (4 and 5 stars, 30 and 10 yuan), one still waiting for dispatch.
    const jobs: [number, string, number, number][] = [[power, '灯管不亮', 3000, 4], [water, '水管漏水', 1000, 5]];
    for (const [categoryId, description, costFen, stars] of jobs) {
      const wo = await report(categoryId, description);
      let v = (await head.post<{ items: Wo[] }>('/api/v1/work-orders/assign', { assigneeId: techId, items: [{ id: wo.id, version: wo.version }] })).body.items[0]!.version;
      v = (await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/accept`, { version: v })).body.version;
      v = (await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/start`, { version: v })).body.version;
      const photo = await uploadDraftPhoto(tech, techId);
      const done = await tech.post<Wo>(`/api/v1/work-orders/${wo.id}/complete`, { version: v, laborHours: 1, costFen, photoFileIds: [photo.body.id] });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      const ok = await teacher.post<Wo>(`/api/v1/work-orders/${wo.id}/confirm`, { version: done.body.version, rating: stars });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
    }
    await report(power, '插座没电');
  });
  after(async () => { await w.ts.close(); });

  it('exports filtered requests and work orders with Chinese headers', async () => {
    const all = await head.get('/api/v1/repair-requests/export.xlsx');
    assert.equal(all.status, 200);
    assert.match(all.headers.get('content-type') ?? '', /spreadsheetml/);
    const requests = (await sheetOf(all.raw)).ws;
    assert.deepEqual(headerOf(requests).slice(0, 6), ['报修单号', '报修时间', '报修人', '分类', '地点', '故障描述']);
    assert.equal(requests.rowCount, 4);
    assert.equal(requests.getRow(2).getCell(6).value, '插座没电', 'newest first, like the list');
    assert.equal(requests.getRow(2).getCell(5).value, '教学楼 3层 三年级二班');

    const orders = (await sheetOf((await head.get('/api/v1/work-orders/export.xlsx?state=all')).raw)).ws;
    assert.equal(orders.rowCount, 4);
    const header = headerOf(orders);
    assert.deepEqual([header[0], header[8], header[16], header[17]], ['工单号', '状态', '费用（元）', '评价（星）']);
    const waterOnly = (await sheetOf((await head.get(`/api/v1/work-orders/export.xlsx?state=all&categoryId=${water}`)).raw)).ws;
    assert.equal(waterOnly.rowCount, 2);
    assert.deepEqual([waterOnly.getRow(2).getCell(7).value, waterOnly.getRow(2).getCell(9).value, waterOnly.getRow(2).getCell(17).value, waterOnly.getRow(2).getCell(18).value], ['水管漏水', '已验收', 10, 5]);
  });

  it('guards the exports like the lists', async () => {
    assert.equal((await w.ts.client().get('/api/v1/work-orders/export.xlsx')).status, 401);
    assert.equal((await teacher.get('/api/v1/repair-requests/export.xlsx')).status, 403);
    assert.equal((await tech.get('/api/v1/work-orders/export.xlsx')).status, 403);
    assert.equal((await head.get('/api/v1/work-orders/export.xlsx?urgency=soon')).status, 400);
    const other = (await sheetOf((await head.get(`/api/v1/repair-requests/export.xlsx?schoolId=${w.schoolB}`)).raw)).ws;
    assert.equal(other.rowCount, 1, 'another school named shows nothing');
  });

  it('sums up the period: counts, on-time shares, stars and cost', async () => {
    const res = await head.get<Summary>(`/api/v1/repair-reports/summary?${range}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const s = res.body;
    assert.deepEqual([s.requests, s.workOrders, s.completed], [3, 3, 2]);
    assert.deepEqual(s.byCategory.map((c) => [c.label, c.count]).sort(), [['水', 1], ['电', 2]]);
    assert.deepEqual(s.byBuilding.map((b) => [b.label, b.count]), [['教学楼', 3]]);
    assert.deepEqual(s.byTechnician.map((t) => [t.label, t.count, t.completed]).sort(), [['technician', 2, 2], ['未指派', 1, 0]]);
    assert.equal(s.byMonth.reduce((a, m) => a + m.count, 0), 3);
    assert.equal(s.response.count, 2);
    assert.ok((s.response.medianMinutes ?? -1) >= 0);
    assert.equal(s.resolution.count, 2);
    assert.deepEqual([s.sla.respondedOnTimeShare, s.sla.completedOnTimeShare, s.sla.completedCount], [1, 1, 2]);
    assert.deepEqual(s.satisfaction, { averageStars: 4.5, count: 2 });
    assert.deepEqual(s.repeat, { count: 1, share: 0.333 }, 'the socket fault follows a confirmed 电 repair in the same room');
    assert.deepEqual(s.costByCategory.map((c) => [c.label, c.costFen]).sort(), [['水', 1000], ['电', 3000]]);
    assert.equal(s.costByMonth.reduce((a, m) => a + m.costFen, 0), 4000);

    const inspector = await w.ts.as('inspector');
    const seen = await inspector.get<Summary>(`/api/v1/repair-reports/summary?${range}&schoolId=${w.schoolA}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.requests, 3);
    assert.equal((await inspector.get('/api/v1/repair-reports/summary')).status, 400, 'a bureau account names the school');

    const xlsx = await head.get(`/api/v1/repair-reports/summary.xlsx?${range}`);
    assert.equal(xlsx.status, 200);
    const { ws, names } = await sheetOf(xlsx.raw);
    assert.deepEqual(names, ['概况', '按分类', '按楼宇', '按维修人员', '按月份', '费用按分类', '费用按月份']);
    assert.equal(ws.getRow(4).getCell(2).value, 3);
  });

  it('prints finished repairs in the ledger with technician, acceptance and stars', async () => {
    const res = await head.get(`/api/v1/repair-reports/ledger.pdf?month=${range.slice(5, 12)}`);
    assert.equal(res.status, 200);
    assert.equal(res.raw.subarray(0, 5).toString('latin1'), '%PDF-');
    // why: lets a developer look at the layout (pdftoppm) without a browser.
    if (process.env.LEDGER_PDF_OUT) fs.writeFileSync(`${process.env.LEDGER_PDF_OUT}.done.pdf`, res.raw);
  });

  it('refuses the summary to the wrong people and bad periods', async () => {
    assert.equal((await w.ts.client().get('/api/v1/repair-reports/summary')).status, 401);
    assert.equal((await teacher.get('/api/v1/repair-reports/summary')).status, 403);
    assert.equal((await tech.get('/api/v1/repair-reports/summary')).status, 403, 'a technician sees only their own jobs');
    assert.equal((await head.get(`/api/v1/repair-reports/summary?schoolId=${w.schoolB}`)).status, 404);
    const bad = await head.get<{ fields: { field: string }[] }>('/api/v1/repair-reports/summary?from=2026-02-30');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.fields[0]?.field, 'from');
    assert.equal((await head.get('/api/v1/repair-reports/summary?from=2026-11-10&to=2026-11-01')).status, 400);
  });
});
