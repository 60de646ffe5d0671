import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { AppError } from '../http/errors.js';
import { dateCell, integerCell, optional, textCell } from './import-parsers.js';
import { type ImportSpec, readImportWorkbook } from './xlsx-import.js';
import { templateWorkbook } from './xlsx-template.js';

interface Building { name: string; floors: number | null; opened: string | null }

const SPEC: ImportSpec<Building> = {
  sheetName: '楼宇',
  columns: [
    { key: 'name', header: '楼宇名称', aliases: ['名称', '楼名'], required: true, parse: textCell({ max: 20 }), hint: '如 教学楼A' },
    { key: 'floors', header: '地上层数', aliases: ['层数'], parse: optional(integerCell({ min: 1, max: 50 })) },
    { key: 'opened', header: '启用日期', parse: optional(dateCell) },
  ],
};

type CellInput = ExcelJS.CellValue;

async function workbook(rows: CellInput[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r, i) => { ws.getRow(i + 1).values = r as ExcelJS.CellValue[]; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function rejects(p: Promise<unknown>, status: number, message: RegExp): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof AppError, String(err));
    assert.equal(err.status, status);
    assert.match(err.message, message);
    return true;
  });
}

describe('readImportWorkbook', () => {
  it('finds the header below a title, matches aliases, skips blank rows and names every bad cell', async () => {
    const buf = await workbook([
      ['2026 年楼宇台账'],
      [],
      ['楼 名', '层数', '启用日期', '备注'],
      ['教学楼A', 5, '2019.9', '不导入的列'],
      [],
      ['实验楼', '五层', '2019年13月'],
      ['  ', null, null],
      ['', 3, null],
      ['综合楼', { formula: '2+3', result: 5 }, new Date(Date.UTC(2020, 8, 1))],
      ['食堂', { formula: 'B4*2' }, '2021-03-01'],
    ]);
    const result = await readImportWorkbook(buf, SPEC);
    assert.equal(result.totalRows, 5);
    assert.deepEqual(result.rows, [
      { rowNumber: 4, values: { name: '教学楼A', floors: 5, opened: '2019-09-01' } },
      { rowNumber: 9, values: { name: '综合楼', floors: 5, opened: '2020-09-01' } },
    ]);
    assert.deepEqual(result.errors.map((e) => [e.row, e.column]), [[6, '地上层数'], [6, '启用日期'], [8, '楼宇名称'], [10, '地上层数']]);
    assert.match(result.errors[0]?.message ?? '', /应为整数/);
    assert.match(result.errors[2]?.message ?? '', /不能为空/);
    assert.match(result.errors[3]?.message ?? '', /公式/);
  });

  it('refuses a sheet without the header or without a required column', async () => {
    await rejects(readImportWorkbook(await workbook([['随便'], ['数据']]), SPEC), 400, /没有找到表头行.*「楼宇名称」/);
    await rejects(readImportWorkbook(await workbook([['层数', '启用日期'], [3, '2020.1']]), SPEC), 400, /缺少必填列「楼宇名称」/);
    await rejects(readImportWorkbook(await workbook([['名称', '楼名'], ['A', 'B']]), SPEC), 400, /「楼宇名称」出现了两次/);
  });

  it('refuses files that are not .xlsx with 415 and oversized ones with 413', async () => {
    await rejects(readImportWorkbook(Buffer.from('楼宇名称,层数\n教学楼,5\n'), SPEC), 415, /\.xlsx/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await rejects(readImportWorkbook(xls, SPEC), 415, /旧版 Excel（\.xls）/);
    await rejects(readImportWorkbook(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), SPEC), 415, /损坏/);
    const huge = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(10 * 1024 * 1024)]);
    await rejects(readImportWorkbook(huge, SPEC), 413, /10 MB/);
    await rejects(readImportWorkbook(Buffer.alloc(0), SPEC), 400, /空的/);
  });

  it('refuses more than 200 columns and more rows than the limit', async () => {
    const wide = await workbook([Array.from({ length: 201 }, (_, i) => (i === 0 ? '楼宇名称' : `列${i}`))]);
    await rejects(readImportWorkbook(wide, SPEC), 400, /200 列/);
    const long = await workbook([['楼宇名称'], ...Array.from({ length: 20_001 }, (_, i) => [`楼${i}`])]);
    await rejects(readImportWorkbook(long, SPEC), 400, /最多导入 20000 行/);
    const small = await workbook([['楼宇名称'], ['A'], ['B'], ['C']]);
    await rejects(readImportWorkbook(small, { ...SPEC, maxRows: 2 }), 400, /最多导入 2 行/);
  });

  it('builds a template that reads back, with a Chinese instruction sheet', async () => {
    const buf = await templateWorkbook(SPEC, [{ name: '教学楼A', floors: 5, opened: '2019.9' }]);
    const result = await readImportWorkbook(buf, SPEC);
    assert.deepEqual(result.rows, [{ rowNumber: 2, values: { name: '教学楼A', floors: 5, opened: '2019-09-01' } }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['楼宇', '填写说明']);
    const notes = wb.getWorksheet('填写说明');
    const text = notes?.getSheetValues().flat().filter((v) => typeof v === 'string').join('\n') ?? '';
    assert.match(text, /必填/);
    assert.match(text, /楼宇名称/);
    assert.match(text, /全部成功，要么一条都不写入/);
  });
});
