import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../../../test/api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';

interface Report {
  dryRun: boolean; committed: boolean; totalRows: number; validRows: number;
  errors: { row: number; column: string; message: string }[]; created: { row: number; id: number; name: string }[];
  code?: string; fields?: { field: string; message: string }[];
}

/** A room list as an office types it: a title row above the header, a blank line in between. */
async function roomWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('房间');
  ws.getRow(1).values = ['示范小学房间清单（2026 年秋）'];
  ws.getRow(2).values = ['校区', '楼宇', '楼层', '门牌号', '房间名称', '类型', '人数', '面积', '部门', '管理人工号', '备注'];
  rows.forEach((r, i) => { ws.getRow(i + 3).values = r; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(c: ApiClient, file: Buffer, dryRun: string) {
  const form = new FormData();
  form.append('dryRun', dryRun);
  form.append('file', new Blob([new Uint8Array(file)]), '房间.xlsx');
  return c.request<Report>('POST', '/api/v1/rooms/import', form);
}

describe('importing rooms from Excel', () => {
  let w: TwoSchools;
  let head: ApiClient;
  const countRooms = async () => (await w.ts.server.db.kysely.selectFrom('rooms').select('id').execute()).length;

  before(async () => {
    w = await startWithTwoSchools();
    head = await w.ts.as('logistics_head');
    const campuses = await head.get<{ items: { id: number }[] }>('/api/v1/campuses');
    await head.post('/api/v1/buildings', { campusId: campuses.body.items[0]!.id, name: '教学楼A', floorsAbove: 4 });
  });
  after(async () => { await w.ts.close(); });

  it('lists every bad row and column in a dry run and writes nothing', async () => {
    const file = await roomWorkbook([
      ['本部', '教学楼A', 1, 'A-101', '一年级（1）班教室', '教室', 45, '72㎡', '教务处', 'teacher', null],
      [],
      ['本部', '教学楼A', 7, 'A-701', '天文台', '功能室', null, null, null, null, null],
      ['西校区', null, null, null, '篮球场', '室外', null, null, null, null, null],
      ['本部', '教学楼A', 1, 'A-102', '一年级（1）班教室', '飞船', null, null, '宇航部', 'nobody', null],
    ]);
    const res = await upload(head, file, 'true');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.totalRows, 4);
    assert.equal(res.body.validRows, 1);
    const where = res.body.errors.map((e) => `${e.row}:${e.column}`);
    assert.deepEqual(where, ['5:楼层', '6:校区', '7:房间名称', '7:房间类型', '7:所属部门', '7:管理人工号']);
    assert.match(res.body.errors[0]!.message, /没有第 7 层/);
    assert.equal(await countRooms(), 0);
    const commit = await upload(head, file, 'false');
    assert.equal(commit.status, 400);
    assert.equal(commit.body.code, 'IMPORT_INVALID');
    assert.equal(await countRooms(), 0, 'all or nothing');
  });

  it('commits a clean file in one go, and importing it again changes nothing', async () => {
    const file = await roomWorkbook([
      ['本部', '教学楼A', 1, 'A-101', '一年级（1）班教室', '教室', 45, 72, '教务处', 'teacher', '靠楼梯'],
      ['本部', '教学楼A', 2, 'A-201', '科学实验室', '实验室', 48, null, null, null, null],
      ['本部', null, null, null, '田径场', '操场', null, 6000, '总务处', null, null],
    ]);
    const res = await upload(head, file, 'false');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.created.length, 3);
    const list = await head.get<{ items: { name: string; roomTypeLabel: string; keeperName: string | null }[] }>('/api/v1/rooms?sort=name');
    const lab = list.body.items.find((r) => r.name === '科学实验室');
    assert.equal(lab?.roomTypeLabel, '功能室');
    // Cell text is NFKC-normalised on import, so full-width brackets arrive as ASCII ones.
    assert.equal(list.body.items.find((r) => r.name === '一年级(1)班教室')?.keeperName, 'teacher');
    const again = await upload(head, file, 'true');
    assert.equal(again.body.validRows, 0);
    assert.ok(again.body.errors.every((e) => /已存在/.test(e.message)));
  });

  it('refuses a file that is not a workbook, and people without the import right', async () => {
    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode('校区,房间名称\n本部,101')]), 'rooms.xlsx');
    const csv = await head.request('POST', '/api/v1/rooms/import', form);
    assert.equal(csv.status, 415);
    const teacher = await w.ts.as('teacher');
    assert.equal((await upload(teacher, await roomWorkbook([]), 'true')).status, 403);
    assert.equal((await teacher.get('/api/v1/rooms/import/template.xlsx')).status, 403);
    const template = await head.get('/api/v1/rooms/import/template.xlsx');
    assert.equal(template.status, 200);
  });
});
