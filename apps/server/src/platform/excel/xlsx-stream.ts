import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { AppError, invalidField, platformError } from '../http/errors.js';
import { type ImportCell, importCellOf } from './import-cells.js';
import { loadExcelJS } from './load-exceljs.js';
import { IMPORT_MAX_COLUMNS, assertXlsxUpload } from './xlsx-guard.js';

/** A sheet row as read: its Excel row number and its cells from column A (index 0) on. */
export interface SheetRow { number: number; cells: (ImportCell | { error: string })[] }

export interface StreamSheetOptions {
  /** Non-blank rows beyond this stop the read with a 400 naming the limit. */
  maxRows: number;
  maxColumns?: number;
}

/** Reads of one upload before it is called unreadable (see the exceljs race below). */
const READ_ATTEMPTS = 3;

const tooWide = (n: number, max: number) => invalidField('file', `工作表有 ${n} 列，超过 ${max} 列的上限：请删除无关的列`);

async function* visibleSheetRows(buffer: Buffer): AsyncGenerator<ExcelJS.Row> {
  const ExcelJSLib = await loadExcelJS();
  const reader = new ExcelJSLib.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore',
  });
  for await (const sheet of reader) {
    // why: a hidden sheet (a lookup list, an old copy) is never the data people mean to import.
    const hidden = (sheet as unknown as { state?: string }).state;
    if (hidden === 'hidden' || hidden === 'veryHidden') { for await (const _ of sheet) { /* drain */ } continue; }
    for await (const row of sheet) yield row as ExcelJS.Row;
    return;
  }
  throw invalidField('file', '文件中没有工作表');
}

/**
 * Streams the first visible sheet of an uploaded .xlsx row by row, so a 50,000-row ledger is
 * never held as a whole exceljs workbook (which costs several hundred MB). Runs the same upload
 * guard as readImportWorkbook first (type sniffing, size, zip bomb), refuses sheets wider than
 * the column cap and skips blank rows. Cells hold importCellOf's text/value or its error.
 */
export async function* streamSheetRows(buffer: Buffer, opts: StreamSheetOptions): AsyncGenerator<SheetRow> {
  assertXlsxUpload(buffer);
  const maxColumns = opts.maxColumns ?? IMPORT_MAX_COLUMNS;
  let count = 0;
  let started = false;
  let attempts = 1;
  let rows = visibleSheetRows(buffer);
  while (true) {
    let next: IteratorResult<ExcelJS.Row>;
    try {
      next = await rows.next();
    } catch (err) {
      if (err instanceof AppError) throw err;
      // why: exceljs's streaming reader sometimes reaches a worksheet before it has parsed
      // workbook.xml and throws ("reading 'sheets'") on a sound file, about once in 200 reads.
      // Before the first row nothing has been handed out, so reading again is safe.
      if (!started && attempts < READ_ATTEMPTS) {
        attempts += 1;
        rows = visibleSheetRows(buffer);
        continue;
      }
      throw platformError('UNSUPPORTED_MEDIA_TYPE', '无法读取该 Excel 文件：文件可能已损坏，请在 Excel 中打开后另存为 .xlsx 再导入');
    }
    started = true;
    if (next.done) return;
    const values = next.value.values as ExcelJS.CellValue[];
    if (values.length - 1 > maxColumns) throw tooWide(values.length - 1, maxColumns);
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => importCellOf(values[i + 1]));
    if (cells.every((c) => !('error' in c) && c.text === '')) continue;
    if (++count > opts.maxRows) throw invalidField('file', `一次最多导入 ${opts.maxRows} 行，请拆分成几个文件分批导入`);
    yield { number: next.value.number, cells };
  }
}
