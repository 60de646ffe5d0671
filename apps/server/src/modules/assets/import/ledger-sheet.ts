import { EMPTY_CELL } from '../../../platform/excel/import-cells.js';
import type { ImportError } from '../../../platform/excel/xlsx-import.js';
import { type SheetRow, streamSheetRows } from '../../../platform/excel/xlsx-stream.js';
import { invalidField } from '../../../platform/http/errors.js';
import { LEDGER_SPEC, type LedgerValues } from './ledger-columns.js';
import { HEADER_SEARCH_ROWS, type LedgerHeader, detectLedgerHeader } from './ledger-header.js';
import type { LedgerImportOptions } from './ledger-options.js';

/** A data row: what parsed, and what did not (by Excel row and Chinese column header). */
export interface ParsedLedgerRow { row: number; values: Partial<LedgerValues>; errors: ImportError[] }

/** `samples`: a few non-blank texts per column (0-based) from the first data rows, shown beside each column when mapping. */
export interface LedgerSheet { header: LedgerHeader; rows: ParsedLedgerRow[]; samples: Map<number, string[]> }

/** How many values per column, from how many data rows, the mapping step shows. */
const SAMPLES_PER_COLUMN = 3;
const SAMPLE_ROWS = 20;

function keepSamples(samples: Map<number, string[]>, row: SheetRow): void {
  row.cells.forEach((cell, i) => {
    if ('error' in cell || cell.text.trim() === '') return;
    const list = samples.get(i) ?? [];
    if (list.length < SAMPLES_PER_COLUMN) samples.set(i, [...list, cell.text.trim().slice(0, 40)]);
  });
}

const EXPECTED = LEDGER_SPEC.columns.filter((c) => c.required).map((c) => `「${c.header}」`).join('');

function headerOf(first: SheetRow[], options: LedgerImportOptions): LedgerHeader {
  const found = detectLedgerHeader(first, options.headerRow);
  if (!found && !options.mapping) throw invalidField('file', `前 ${HEADER_SEARCH_ROWS} 行中没有找到表头：表头应包含${EXPECTED}等列，或在导入时手动指定列对应关系`);
  const header: LedgerHeader = found ?? { headerRow: options.headerRow ?? first[0]?.number ?? 1, headers: new Map(), mapping: new Map() };
  if (options.mapping) header.mapping = options.mapping;
  const missing = LEDGER_SPEC.columns.filter((c) => c.required && !header.mapping.has(c.key)).map((c) => `「${c.header}」`);
  if (missing.length) throw invalidField('file', `第 ${header.headerRow} 行表头缺少必填列${missing.join('')}：请补上这些列，或在导入时手动指定列对应关系`);
  return header;
}

function parseRow(row: SheetRow, header: LedgerHeader): ParsedLedgerRow {
  const values: Partial<LedgerValues> = {};
  const errors: ImportError[] = [];
  for (const col of LEDGER_SPEC.columns) {
    const at = header.mapping.get(col.key);
    const cell = at === undefined ? EMPTY_CELL : row.cells[at] ?? EMPTY_CELL;
    const parsed = 'error' in cell ? cell : col.required && cell.text === '' ? { error: '不能为空' } : col.parse(cell);
    if ('error' in parsed) errors.push({ row: row.number, column: col.header, message: parsed.error });
    // why: the column's key picks its parser, so the value has that key's type.
    else (values as Record<string, unknown>)[col.key] = parsed.value;
  }
  return { row: row.number, values, errors };
}

/**
 * Streams a ledger workbook: finds the header among the first rows (or takes the user's mapping),
 * then parses every non-blank row below it. Throws 400/413/415 for files that cannot be read at all.
 */
export async function readLedgerSheet(buffer: Buffer, options: LedgerImportOptions): Promise<LedgerSheet> {
  const first: SheetRow[] = [];
  const rows: ParsedLedgerRow[] = [];
  const samples = new Map<number, string[]>();
  let header: LedgerHeader | undefined;
  const take = (row: SheetRow, h: LedgerHeader) => {
    if (rows.length < SAMPLE_ROWS) keepSamples(samples, row);
    rows.push(parseRow(row, h));
  };
  for await (const row of streamSheetRows(buffer, { maxRows: (LEDGER_SPEC.maxRows ?? 50_000) + HEADER_SEARCH_ROWS })) {
    if (header) { take(row, header); continue; }
    if (row.number <= HEADER_SEARCH_ROWS) { first.push(row); continue; }
    header = headerOf(first, options);
    for (const early of first) if (early.number > header.headerRow) take(early, header);
    take(row, header);
  }
  if (!header) {
    header = headerOf(first, options);
    for (const early of first) if (early.number > header.headerRow) take(early, header);
  }
  if (rows.length > (LEDGER_SPEC.maxRows ?? 50_000)) throw invalidField('file', `一次最多导入 ${LEDGER_SPEC.maxRows} 行，请拆分成几个文件分批导入`);
  return { header, rows, samples };
}
