import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ApiClient } from '../../../../test/api-client.js';
import { makeUser } from '../../../../test/factories.js';
import { type TwoSchools, startWithTwoSchools } from '../../../../test/test-server.js';
import { assetWorld } from '../assets.fixtures.js';
import { messyLedger } from './messy-ledger.js';

interface Report {
  dryRun: boolean; committed: boolean; totalRows: number; validRows: number; onError: string; headerRow: number;
  errors: { row: number; column: string; message: string }[];
  created: { row: number; id: number; code: string; name: string }[];
  columns: { column: number; letter: string; header: string; field: string | null }[];
  summary: Record<string, number>;
  rows: { row: number; status: string; code: string | null; changes: { label: string; before: string | null; after: string | null }[] }[];
  code?: string; message?: string; fields?: { field: string; message: string }[];
}
type Body = Record<string, unknown>;

function upload(c: ApiClient, file: Buffer, fields: Record<string, string> = {}, name = '台账.xlsx') {
  const form = new FormData();
  for (const [k, v] of Object.entries({ dryRun: 'true', ...fields })) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return c.request<Report>('POST', '/api/v1/assets/import', form);
}

/** The school's old ledger: every kind of mess at once, rows 5–13 of the sheet (row 7 is blank). */
const LEDGER_ROWS = [
  ['ZC-2019-001', '台式计算机', '2010000-01', 'M720', '台', 1, '4,999.00元', 4999, '2019.9', '三年级1班教室', 'teacher', '教务处', '财政拨款', '联想', null],
  ['ZC-2019-002', '笔记本电脑', '2-01-01-05', 'E14', '台', 1, null, '￥6500', '2019年9月', '三年级2班教室', 'storekeeper', '总务处', '专项资金', null, null],
  null,
  [null, '学生课桌椅（单人）', '学生课桌椅', null, '套', 45, 380, { formula: 'F8*G8', result: 17100 }, new Date(Date.UTC(2021, 7, 1)), '操场东侧器材棚', null, null, '自筹', null, '旧台账无编号'],
  ['ZC-2019-001', '台式计算机', '2010000-01', 'M720', '台', 1, '4,999.00元', 4999, '2019.9', '三年级1班教室', 'teacher', '教务处', '财政拨款', '联想', '重复粘贴'],
  ['ZC-2019-003', '打印机', '2020000-02', null, '台', 1, '1,200', '1,200.00', '2019年13月', null, null, null, null, null, null],
  ['ZC-2019-004', '空调', 'XYZ', null, '台', 1, null, 3500, '2020-06', null, '王芳', null, null, null, null],
  ['ZC-2019-005', '电子白板', '2020000', null, '块', 1, 11000, '12,000元', 43709, null, null, null, null, null, null],
  ['ZC-2019-006', '书柜', '办公设备', null, '个', 2, '¥ 650', null, 43709, '图书室', null, null, '财政', null, null],
];

describe('importing an existing asset ledger from Excel', () => {
  let w: TwoSchools;
  let keeper: ApiClient;
  let ledger: Buffer;
  const countAssets = async () => (await w.ts.server.db.kysely.selectFrom('assets').select('id').execute()).length;

  before(async () => {
    w = await startWithTwoSchools();
    const head = await w.ts.as('logistics_head');
    await assetWorld(head);
    for (const name of ['教务处', '总务处']) await head.post('/api/v1/departments', { name });
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'T901', name: '王芳', roles: ['teacher'] });
    await makeUser(w.ts.server.db, { schoolId: w.schoolA, staffNo: 'T902', name: '王芳', roles: ['teacher'] });
    keeper = await w.ts.as('storekeeper');
    ledger = await messyLedger(LEDGER_ROWS);
  });
  after(async () => { await w.ts.close(); });

  it('finds the two-row header under the title and lists exactly the problems, by row and the file\'s column names', async () => {
    const res = await upload(keeper, ledger);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.headerRow, 4);
    const fieldOf = (header: string) => res.body.columns.find((c) => c.header === header)?.field;
    assert.equal(fieldOf('原值/单价'), 'unitPriceFen');
    assert.equal(fieldOf('原值/金额'), 'originalValueFen');
    assert.equal(fieldOf('购置日期'), 'acquiredOn');
    assert.equal(fieldOf('分类代码'), 'category');
    assert.deepEqual(res.body.errors.map((e) => `${e.row}:${e.column}`), ['9:资产编号', '10:购置日期', '11:分类代码', '11:使用人', '12:原值/金额']);
    const message = (row: number) => res.body.errors.filter((e) => e.row === row).map((e) => e.message).join(' / ');
    assert.match(message(9), /与第 5 行的资产编号「ZC-2019-001」重复/);
    assert.match(message(10), /2019年13月/);
    assert.match(message(11), /没有「XYZ」.*本校有 2 位「王芳」，请改填工号/);
    assert.match(message(12), /原值 12,000.00 元与 单价 11,000.00 元 × 数量 1/);
    assert.equal(res.body.totalRows, 8);
    assert.equal(res.body.validRows, 4);
    assert.deepEqual(res.body.summary, { new: 4, unchanged: 0, changed: 0, error: 4, skipped: 0 });
    assert.equal(await countAssets(), 0);
  });

  it('writes nothing when asked for all or nothing and a row has a problem', async () => {
    const res = await upload(keeper, ledger, { dryRun: 'false' });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'IMPORT_INVALID');
    assert.equal(res.body.fields?.length, 5);
    assert.equal(await countAssets(), 0);
  });

  it('commits the good rows in one go when told to skip the bad ones, booked as the card form books them', async () => {
    const res = await upload(keeper, ledger, { dryRun: 'false', onError: 'skip' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.committed, true);
    assert.deepEqual(res.body.created.map((c) => c.row), [5, 6, 8, 13]);
    assert.deepEqual(res.body.summary, { new: 4, unchanged: 0, changed: 0, error: 0, skipped: 4 });
    const list = await keeper.get<{ items: Body[] }>('/api/v1/assets?sort=code&pageSize=50');
    const byName = (name: string) => list.body.items.find((a) => a.name === name) ?? {};
    const pc = byName('台式计算机');
    assert.equal(pc.code, 'ZC-2019-001');
    assert.equal(pc.originalValueFen, 499_900);
    assert.equal(pc.acquiredOn, '2019-09-01');
    assert.equal(pc.custodianName, 'teacher');
    assert.equal(pc.departmentName, '教务处');
    assert.match(String(pc.location), /三年级1班教室/);
    assert.equal(byName('笔记本电脑').categoryCode, '2010000');
    assert.equal(byName('笔记本电脑').originalValueFen, 650_000);
    const desks = byName('学生课桌椅(单人)');
    assert.equal(desks.code, 'ZC20216010001', 'numbered by the school pattern');
    assert.equal(desks.quantity, 45);
    assert.equal(desks.originalValueFen, 1_710_000);
    assert.equal(desks.locationText, '操场东侧器材棚');
    assert.equal(desks.accountingClassLabel, '低值耐用品');
    assert.equal(byName('书柜').originalValueFen, 130_000);
    assert.equal(byName('书柜').fundingSourceLabel, '财政拨款');
    const history = await keeper.get<{ items: Body[] }>(`/api/v1/assets/${String(pc.id)}/history`);
    assert.equal(history.body.items[0]?.kind, 'imported');
    assert.match(String(history.body.items[0]?.note), /台账\.xlsx 第 5 行/);
    const audits = await w.ts.server.db.kysely.selectFrom('audit_events').select(['action', 'after']).where('entity', '=', 'asset').execute();
    assert.equal(audits.filter((a) => a.action === 'create').length, 4);
    assert.deepEqual(JSON.parse(audits.find((a) => a.action === 'import')?.after ?? '{}'),
      { fileName: '台账.xlsx', rows: 8, created: 4, unchanged: 0, changed: 0, skipped: 4 });
  });

  it('changes nothing when the same file is imported again, and reports edits in the sheet without overwriting', async () => {
    const again = await upload(keeper, ledger, { dryRun: 'false', onError: 'skip' });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(again.body.created.length, 0);
    assert.deepEqual(again.body.summary, { new: 0, unchanged: 4, changed: 0, error: 0, skipped: 4 });
    assert.equal(await countAssets(), 4);

    const edited = structuredClone(LEDGER_ROWS);
    const first = edited[0] as unknown[];
    first[10] = 'storekeeper';
    first[7] = '5,100.00';
    first[6] = null;
    const res = await upload(keeper, await messyLedger(edited), { dryRun: 'false', onError: 'skip' });
    const row5 = res.body.rows.find((r) => r.row === 5);
    assert.equal(row5?.status, 'changed');
    assert.deepEqual(row5?.changes.map((c) => [c.label, c.before, c.after]), [['原值', '4,999.00', '5,100.00'], ['使用人', 'teacher', 'storekeeper']]);
    const pc = await keeper.get<{ items: Body[] }>('/api/v1/assets?q=ZC-2019-001');
    assert.equal(pc.body.items[0]?.custodianName, 'teacher', 'the card is the book of record; the sheet does not overwrite it');
    assert.equal(await countAssets(), 4);
  });

  it('takes the user\'s own column mapping when the headers mean nothing to it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['东西', '类', '钱', '日子']);
    ws.addRow(['篮球架', '办公设备', '2,400', '2022.3']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const guessed = await upload(keeper, file);
    assert.equal(guessed.status, 400);
    assert.match(String(guessed.body.message), /没有找到表头/);
    const mapped = await upload(keeper, file, { mapping: JSON.stringify({ name: 1, category: 2, originalValueFen: 3, acquiredOn: 4 }), headerRow: '1' });
    assert.equal(mapped.status, 200, JSON.stringify(mapped.body));
    assert.deepEqual(mapped.body.summary, { new: 1, unchanged: 0, changed: 0, error: 0, skipped: 0 });
    assert.equal(mapped.body.columns.find((c) => c.letter === 'C')?.field, 'originalValueFen');
    const bad = await upload(keeper, file, { mapping: JSON.stringify({ name: 1, price: 3 }) });
    assert.equal(bad.status, 400);
    assert.match(String(bad.body.message), /没有「price」/);
    const clash = await upload(keeper, file, { mapping: JSON.stringify({ name: 1, category: 1 }) });
    assert.equal(clash.status, 400);
    const option = await upload(keeper, file, { onError: 'maybe' });
    assert.equal(option.status, 400);
    assert.match(String(option.body.message), /出错时/);
  });

  it('refuses files that are not .xlsx, too wide, or inflate past the cap, and writes nothing', async () => {
    const csv = await upload(keeper, Buffer.from('资产编号,资产名称\nZC1,课桌\n'));
    assert.equal(csv.status, 415);
    assert.match(String(csv.body.message), /\.xlsx/);
    const xls = await upload(keeper, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), {}, '台账.xls');
    assert.equal(xls.status, 415);
    assert.match(String(xls.body.message), /旧版 Excel/);

    const big = await upload(keeper, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(10 * 1024 * 1024)]));
    assert.equal(big.status, 413);
    assert.match(String(big.body.message), /10 MB/);

    const wide = new ExcelJS.Workbook();
    wide.addWorksheet('台账').addRow(['资产名称', '资产分类', '原值', '取得日期', ...Array.from({ length: 16_000 }, (_, i) => `列${i}`)]);
    const tooWide = await upload(keeper, Buffer.from(await wide.xlsx.writeBuffer()));
    assert.equal(tooWide.status, 400);
    assert.match(String(tooWide.body.message), /超过 200 列/);

    // A zip bomb announces its inflated size in the central directory; the guard reads it before anything inflates.
    const bomb = Buffer.from(ledger);
    for (let p = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)) {
      bomb.writeUInt32LE(0x7fffffff, p + 24);
    }
    const refused = await upload(keeper, bomb, { dryRun: 'false', onError: 'skip' });
    assert.equal(refused.status, 413);
    assert.match(String(refused.body.message), /解压后内容过大/);
    assert.equal(await countAssets(), 4);
  });

  it('hands out the template, which reads back with its example rows', async () => {
    const res = await keeper.request('GET', '/api/v1/assets/import/template.xlsx');
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as Parameters<typeof wb.xlsx.load>[0]);
    assert.deepEqual(wb.worksheets.map((s) => s.name), ['资产台账', '填写说明']);
    const back = await upload(keeper, res.raw);
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.headerRow, 1);
    assert.equal(back.body.totalRows, 2);
  });

  it('needs a signed-in user with asset:import', async () => {
    const anon = w.ts.client();
    assert.equal((await upload(anon, ledger)).status, 401);
    assert.equal((await anon.request('GET', '/api/v1/assets/import/template.xlsx')).status, 401);
    const teacher = await w.ts.as('teacher');
    assert.equal((await upload(teacher, ledger)).status, 403);
    assert.equal((await teacher.request('GET', '/api/v1/assets/import/template.xlsx')).status, 403);
    const finance = await w.ts.as('finance');
    assert.equal((await upload(finance, ledger, { dryRun: 'false' })).status, 403);
    assert.equal(await countAssets(), 4);
  });
});
