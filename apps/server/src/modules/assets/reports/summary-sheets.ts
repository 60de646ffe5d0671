import type { XlsxSheet } from '../../../platform/excel/xlsx-export.js';
import type { AssetSummary } from './reports.schemas.js';
import { type SummaryTable, summaryTables } from './summary-tables.js';

type Row = SummaryTable['rows'][number];

/** The summary as a workbook: one sheet per table, amounts in 元 as numbers. */
export function summarySheets(s: AssetSummary): XlsxSheet<Row>[] {
  return summaryTables(s, 'number').map((t) => ({
    name: t.title.replace(/[（）、]/g, (ch) => (ch === '、' ? '和' : '')),
    rows: t.rows,
    columns: t.headers.map((header, i) => ({ header, width: i === 1 && t.headers[0] === '分类代码' ? 30 : Math.max(12, header.length * 2 + 2), value: (r: Row) => r.cells[i] ?? null })),
  }));
}
