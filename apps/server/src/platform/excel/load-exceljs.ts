import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs costs about 0.2 s and a noticeable slice of memory to load, and most processes never
 * touch a spreadsheet, so it is loaded on first use instead of at start-up.
 */
export function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
