import type { CellValue } from 'exceljs';

/** One spreadsheet cell as an import column's parser sees it. */
export interface ImportCell {
  /** Trimmed text with full-width letters, digits and spaces folded to half-width; '' when empty. */
  text: string;
  /** The typed value (formulas already replaced by their cached result). */
  value: string | number | boolean | Date | null;
}

export type CellResult<T> = { value: T } | { error: string };

export const EMPTY_CELL: ImportCell = { text: '', value: null };

/**
 * Folds what people type in Chinese spreadsheets into comparable text: full-width ＡＢＣ１２３
 * and the ideographic space become ASCII (NFKC), zero-width characters disappear.
 */
export function foldText(s: string): string {
  return s.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/g, '').trim();
}

/** A header as matched against a column's name and aliases: no spaces, no "*" markers, no "(说明)" suffix. */
export function normalizeHeader(s: string): string {
  return foldText(s)
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/\([^)]*\)$/, '')
    .toLowerCase();
}

function isoDateOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function textOfPlain(v: string | number | boolean | Date): string {
  if (v instanceof Date) return isoDateOf(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return foldText(String(v));
}

function plain(v: string | number | boolean | Date): ImportCell {
  const text = textOfPlain(v);
  return { text, value: typeof v === 'string' ? text : v };
}

/** Turns exceljs's many value shapes into an ImportCell, or says why the cell cannot be used. */
export function importCellOf(v: CellValue): ImportCell | { error: string } {
  if (v === null || v === undefined) return EMPTY_CELL;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return plain(v);
  if ('error' in v) return { error: `单元格是错误值 ${v.error}` };
  if ('richText' in v) return plain(v.richText.map((r) => r.text).join(''));
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result;
    if (result === undefined || result === null) return { error: '公式没有保存计算结果：请在 Excel 中打开并保存后再导入，或把公式改成数值' };
    if (typeof result === 'object' && !(result instanceof Date)) return { error: `公式的结果是错误值 ${result.error}` };
    return plain(result);
  }
  if ('hyperlink' in v) return plain(typeof v.text === 'string' ? v.text : v.hyperlink);
  return EMPTY_CELL;
}
