import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { makeUser } from '../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../test/test-server.js';
import type { ApiClient } from '../../../test/api-client.js';

interface ImportReport {
  dryRun: boolean; committed: boolean; totalRows: number; validRows: number;
  errors: { row: number; column: string; message: string }[];
  created: { row: number; staffNo: string; name: string; temporaryPassword: string }[];
}

/** A staff list as a school office would type it: a title row, then the header, blank lines between. */
async function staffWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('教职工名单');
  ws.getRow(1).values = ['示范小学 2026 年秋季教职工名单'];
  ws.mergeCells('A1:E1');
  ws.getRow(2).values = ['工\u3000号', '姓名', '手机号码', '所在部门', '角色（可多个）'];
  rows.forEach((r, i) => { ws.getRow(i + 3).values = r; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(c: ApiClient, file: Buffer, fileName: string, dryRun?: string) {
  const form = new FormData();
  if (dryRun !== undefined) form.append('dryRun', dryRun);
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  return c.request<ImportReport & { code?: string; message?: string; fields?: { field: string; message: string }[] }>('POST', '/api/v1/users/import', form);
}

describe('importing users from Excel', () => {
  let w: TwoSchools;
  let admin: ApiClient;
  const countUsers = async () => (await w.ts.server.db.kysely.selectFrom('users').select('id').execute()).length;

  before(async () => {
    w = await startWithTwoSchools();
    admin = await w.ts.as('sysadmin');
    await makeUser(w.ts.server.db, { schoolId: w.schoolB, staffNo: 'B9', roles: ['teacher'], phone: '13999999999' });
  });
  after(async () => { await w.ts.close(); });

  it('offers a template with an instruction sheet, to those who may import', async () => {
    assert.equal((await w.ts.client().get('/api/v1/users/import/template.xlsx')).status, 401);
    assert.equal((await (await w.ts.as('principal')).get('/api/v1/users/import/template.xlsx')).status, 403);
    const res = await admin.get('/api/v1/users/import/template.xlsx');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as Parameters<typeof wb.xlsx.load>[0]);
    assert.deepEqual(wb.worksheets.map((s) => s.name), ['用户', '填写说明']);
    assert.deepEqual((wb.worksheets[0]?.getRow(1).values as unknown[]).slice(1), ['工号', '姓名', '手机号', '部门', '角色']);
    // The template, examples and all, passes its own check.
    const check = await upload(admin, res.raw, '用户导入模板.xlsx');
    assert.equal(check.status, 200, JSON.stringify(check.body));
    assert.deepEqual(check.body.errors, []);
    assert.equal(check.body.totalRows, 2);
  });

  it('dry run lists every bad row and column and writes nothing', async () => {
    const before = await countUsers();
    const file = await staffWorkbook([
      ['T001', '张伟', '13800000101', '教务处', '教师'],
      [],
      ['T002', '李娜', '1380000', '总务处', '维修工、保管员'],
      ['T001', '王磊', '13800000103', '德育处', '班主任'],
      ['teacher', '赵敏', '13800000104', '后勤部', '校长助理'],
      ['T005', '', '13999999999', null, '教育局督查员'],
      [null, null, null, null, null],
      ['T006', '孙丽', '13800000101', '安全办', 'safety_officer'],
      ['T007', '周杰', null, null, '食堂管理员, 财务'],
    ]);
    const res = await upload(admin, file, '教职工.xlsx', 'true');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.dryRun, true);
    assert.equal(res.body.committed, false);
    assert.equal(res.body.totalRows, 7);
    assert.equal(res.body.validRows, 2);
    assert.deepEqual(res.body.errors.map((e) => [e.row, e.column]), [
      [5, '手机号'],
      [6, '工号'],
      [7, '工号'], [7, '部门'], [7, '角色'],
      [8, '姓名'], [8, '手机号'], [8, '角色'],
      [10, '手机号'],
    ]);
    const msg = (row: number, column: string) => res.body.errors.find((e) => e.row === row && e.column === column)?.message ?? '';
    assert.match(msg(5, '手机号'), /1380000.*11 位/);
    assert.match(msg(6, '工号'), /与第 3 行重复/);
    assert.match(msg(7, '工号'), /已被本校其他用户使用/);
    assert.match(msg(7, '部门'), /没有「后勤部」/);
    assert.match(msg(7, '角色'), /不认识的角色「校长助理」.*教师、维修工/);
    assert.match(msg(8, '姓名'), /不能为空/);
    assert.match(msg(8, '手机号'), /13999999999 已被其他账号使用/);
    assert.match(msg(8, '角色'), /教育局/);
    assert.match(msg(10, '手机号'), /与第 3 行重复/);
    assert.equal(await countUsers(), before);
  });

  it('commits nothing when any row is bad', async () => {
    const before = await countUsers();
    const file = await staffWorkbook([
      ['A001', '好人一', '13700000001', '教务处', '教师'],
      ['A002', '好人二', '13700000002', null, '教师'],
      ['A003', '坏电话', '12345', null, '教师'],
    ]);
    const res = await upload(admin, file, 'bad.xlsx', 'false');
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'IMPORT_INVALID');
    assert.match(String(res.body.message), /1 处错误，没有导入任何数据/);
    assert.deepEqual(res.body.fields?.map((f) => f.field), ['第5行「手机号」']);
    assert.equal(await countUsers(), before);
  });

  it('imports a clean file in one go, with temporary passwords, and the list shows the new staff', async () => {
    const file = await staffWorkbook([
      ['C001', '钱一', '13700000011', '总务处', '维修工、保管员'],
      [],
      ['C002', '钱二', null, null, '教师'],
      ['C003', '钱三', '137 0000 0013', ' 财务室 ', '财务'],
    ]);
    const check = await upload(admin, file, 'clean.xlsx', 'true');
    assert.deepEqual(check.body.errors, []);
    assert.equal(check.body.validRows, 3);
    const res = await upload(admin, file, 'clean.xlsx', 'false');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.committed, true);
    assert.deepEqual(res.body.created.map((c) => [c.row, c.staffNo]), [[3, 'C001'], [5, 'C002'], [6, 'C003']]);

    const list = await admin.get<{ items: { staffNo: string; phone: string | null; departmentName: string | null; roleLabels: string[]; mustChangePassword: boolean }[] }>(
      '/api/v1/users?q=C00&sort=staffNo');
    assert.deepEqual(list.body.items.map((u) => [u.staffNo, u.phone, u.departmentName, u.roleLabels.join('、'), u.mustChangePassword]), [
      ['C001', '13700000011', '总务处', '维修工、保管员', true],
      ['C002', null, null, '教师', true],
      ['C003', '13700000013', '财务室', '财务', true],
    ]);
    const first = res.body.created[0];
    const login = await w.ts.client().login('C001', first?.temporaryPassword ?? '');
    assert.equal(login.status, 200);
    assert.equal(login.body.mustChangePassword, true);
    const audit = await w.ts.server.db.kysely.selectFrom('audit_events').select('after').where('entity', '=', 'user').where('action', '=', 'import').execute();
    assert.deepEqual(JSON.parse(audit[0]?.after ?? '{}'), { fileName: 'clean.xlsx', count: 3 });

    const again = await upload(admin, file, 'clean.xlsx', 'true');
    assert.deepEqual(again.body.errors.map((e) => [e.row, e.column]), [[3, '工号'], [3, '手机号'], [5, '工号'], [6, '工号'], [6, '手机号']]);
  });

  it('refuses files that are not .xlsx, too large, or missing', async () => {
    const csv = await upload(admin, Buffer.from('工号,姓名,角色\nT100,张三,教师\n'), '教职工.xlsx', 'true');
    assert.equal(csv.status, 415);
    assert.match(String(csv.body.message), /\.xlsx/);
    const big = await upload(admin, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(10 * 1024 * 1024)]), 'big.xlsx');
    assert.equal(big.status, 413);
    assert.match(String(big.body.message), /10 MB/);
    const json = await admin.post('/api/v1/users/import', { dryRun: true });
    assert.equal(json.status, 415);
    const form = new FormData();
    form.append('dryRun', 'true');
    const missing = await admin.request('POST', '/api/v1/users/import', form);
    assert.equal(missing.status, 400);
    assert.equal((missing.body.fields as { field: string }[])[0]?.field, 'file');
    const badFlag = await upload(admin, await staffWorkbook([]), 'x.xlsx', 'maybe');
    assert.equal(badFlag.status, 400);
    assert.equal(badFlag.body.fields?.[0]?.field, 'dryRun');
    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet('x').addRow(['随便写的']);
    const headerless = await upload(admin, Buffer.from(await noHeader.xlsx.writeBuffer()), 'x.xlsx');
    assert.equal(headerless.status, 400);
    assert.match(String(headerless.body.message), /没有找到表头行/);
  });

  it('is only for people who may import users', async () => {
    const file = await staffWorkbook([['P001', '某某', null, null, '教师']]);
    assert.equal((await upload(w.ts.client(), file, 'x.xlsx')).status, 401);
    assert.equal((await upload(await w.ts.as('teacher'), file, 'x.xlsx')).status, 403);
    assert.equal((await upload(await w.ts.as('logistics_head'), file, 'x.xlsx')).status, 403);
  });
});
