import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs.js';
import { invalidField, platformError } from '../http/errors.js';
import { EMPTY_CELL, type ImportCell, importCellOf, normalizeHeader } from './import-cells.js';
import type { CellParser } from './import-parsers.js';
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, assertXlsxUpload } from './xlsx-guard.js';

export interface ImportColumnOf<V, K extends keyof V> {
  key: K;
  /** Chinese header as printed in the template and named in error messages. */
  header: string;
  /** Other headers people use for the same column (e.g. 手机 / 电话 for 手机号). */
  aliases?: readonly string[];
  required?: boolean;
  /** Called for every data row, also with an empty cell when the column is optional. */
  parse: CellParser<V[K]>;
  /** One line for the template's instruction sheet. */
  hint?: string;
  /** Template column is formatted as text, so Excel keeps leading zeros of 工号 and long numbers. */
  asText?: boolean;
  width?: number;
}

/** A column of V: the key picks which value type its parser must return. */
export type ImportColumn<V> = { [K in keyof V]-?: ImportColumnOf<V, K> }[keyof V];

export interface ImportSpec<V> {
  /** Name of the template's data sheet, e.g. "用户". */
  sheetName: string;
  columns: readonly ImportColumn<V>[];
  /** Lower cap than the platform's 20,000 rows where each row is expensive. */
  maxRows?: number;
  /** Module-specific lines added to the template's instruction sheet. */
  instructions?: readonly string[];
}

export interface ImportRow<V> { rowNumber: number; values: V }
/** `row` is the Excel row number people see; `column` is the Chinese header. */
export interface ImportError { row: number; column: string; message: string }
export interface ImportResult<V> {
  /** Rows whose every cell parsed. */
  rows: ImportRow<V>[];
  /** Rows with a cell error, holding the cells that did parse, so cross-row checks (duplicates) still see them. */
  partialRows: ImportRow<Partial<V>>[];
  errors: ImportError[];
  /** Non-blank data rows read, valid or not. */
  totalRows: number;
}

// Title rows and notes above the header are common in school ledgers; look this far down for it.
const HEADER_SEARCH_ROWS = 20;

async function loadFirstSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new (await loadExcelJS()).Workbook();
  try {
    // why: exceljs declares the pre-generic Buffer type; the bytes are the same.
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw platformError('UNSUPPORTED_MEDIA_TYPE', '无法读取该 Excel 文件：文件可能已损坏，请在 Excel 中打开后另存为 .xlsx 再导入');
  }
  const sheet = wb.worksheets.find((ws) => ws.state === 'visible') ?? wb.worksheets[0];
  if (!sheet) throw invalidField('file', '文件中没有工作表');
  return sheet;
}

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const c = importCellOf(ws.getRow(row).getCell(col).value);
  return 'error' in c ? '' : c.text;
}

interface HeaderCandidate<V> { headerRow: number; positions: Map<ImportColumn<V>, number>; duplicate?: string }

function headerCandidate<V>(ws: ExcelJS.Worksheet, r: number, byName: Map<string, ImportColumn<V>>): HeaderCandidate<V> {
  const positions = new Map<ImportColumn<V>, number>();
  let duplicate: string | undefined;
  const lastCol = Math.min(ws.columnCount, IMPORT_MAX_COLUMNS);
  for (let c = 1; c <= lastCol; c++) {
    const col = byName.get(normalizeHeader(cellText(ws, r, c)));
    if (!col) continue;
    if (positions.has(col)) duplicate ??= col.header;
    else positions.set(col, c);
  }
  return { headerRow: r, positions, ...(duplicate ? { duplicate } : {}) };
}

/** Finds the row that names the most spec columns, and maps each column to its sheet column. */
function locateHeader<V>(ws: ExcelJS.Worksheet, spec: ImportSpec<V>): HeaderCandidate<V> {
  const byName = new Map<string, ImportColumn<V>>();
  for (const col of spec.columns) for (const name of [col.header, ...(col.aliases ?? [])]) byName.set(normalizeHeader(name), col);
  let best: HeaderCandidate<V> = { headerRow: 0, positions: new Map() };
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS); r++) {
    const candidate = headerCandidate(ws, r, byName);
    if (candidate.positions.size > best.positions.size) best = candidate;
  }
  const expected = spec.columns.map((c) => `「${c.header}」`).join('');
  if (best.headerRow === 0) throw invalidField('file', `没有找到表头行：请使用导入模板，表头应包含${expected}`);
  if (best.duplicate) throw invalidField('file', `第 ${best.headerRow} 行表头中「${best.duplicate}」出现了两次，请删除多余的一列`);
  const missing = spec.columns.filter((c) => c.required && !best.positions.has(c)).map((c) => `「${c.header}」`);
  if (missing.length) throw invalidField('file', `第 ${best.headerRow} 行表头缺少必填列${missing.join('')}`);
  return best;
}

function readRow<V>(ws: ExcelJS.Worksheet, r: number, spec: ImportSpec<V>, positions: Map<ImportColumn<V>, number>) {
  // why: findRow, unlike getRow, does not materialise rows that exist only as formatting.
  const row = ws.findRow(r);
  const cells = new Map<ImportColumn<V>, ImportCell | { error: string }>();
  for (const col of spec.columns) {
    const at = positions.get(col);
    cells.set(col, at === undefined || !row ? EMPTY_CELL : importCellOf(row.getCell(at).value));
  }
  const blank = [...cells.values()].every((c) => !('error' in c) && c.text === '');
  return { cells, blank };
}

/**
 * Reads the first visible sheet of an uploaded .xlsx against a column spec: finds the header
 * row (even below a title), matches headers by name or alias, parses every non-blank data row
 * and collects every problem with its row number and Chinese column name.
 * Throws 413/415/400 for files that cannot or must not be read at all.
 */
export async function readImportWorkbook<V>(buffer: Buffer, spec: ImportSpec<V>): Promise<ImportResult<V>> {
  assertXlsxUpload(buffer);
  const ws = await loadFirstSheet(buffer);
  const maxRows = Math.min(spec.maxRows ?? IMPORT_MAX_ROWS, IMPORT_MAX_ROWS);
  if (ws.actualColumnCount > IMPORT_MAX_COLUMNS) {
    throw invalidField('file', `工作表有 ${ws.actualColumnCount} 列，超过 ${IMPORT_MAX_COLUMNS} 列的上限：请删除无关的列`);
  }
  const { headerRow, positions } = locateHeader(ws, spec);

  const rows: ImportRow<V>[] = [];
  const partialRows: ImportRow<Partial<V>>[] = [];
  const errors: ImportError[] = [];
  let totalRows = 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const { cells, blank } = readRow(ws, r, spec, positions);
    if (blank) continue;
    if (++totalRows > maxRows) throw invalidField('file', `一次最多导入 ${maxRows} 行，请拆分成几个文件分批导入`);
    const values: Partial<V> = {};
    let ok = true;
    for (const col of spec.columns) {
      const cell = cells.get(col) ?? EMPTY_CELL;
      const parsed = 'error' in cell ? cell : col.required && cell.text === '' ? { error: '不能为空' } : col.parse(cell);
      if ('error' in parsed) {
        errors.push({ row: r, column: col.header, message: parsed.error });
        ok = false;
      } else {
        values[col.key] = parsed.value;
      }
    }
    // why: every key of V was assigned by its own column's parser, so the record is complete.
    if (ok) rows.push({ rowNumber: r, values: values as V });
    else partialRows.push({ rowNumber: r, values });
  }
  return { rows, partialRows, errors, totalRows };
}
