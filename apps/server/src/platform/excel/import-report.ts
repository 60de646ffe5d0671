import { type TSchema, Type } from 'typebox';
import { errorFactory } from '../http/errors.js';
import type { ImportError } from './xlsx-import.js';

const importError = errorFactory({ IMPORT_INVALID: 400 });

export const ImportErrorItem = Type.Object({
  row: Type.Integer({ title: '行号（Excel 中的行号）' }),
  column: Type.String({ title: '列名' }),
  message: Type.String({ title: '问题' }),
});

/** The answer of every POST …/import: what was checked, what is wrong, what was written. */
export function importReportOf<T extends TSchema>(created: T) {
  return Type.Object({
    dryRun: Type.Boolean({ title: '仅检查' }),
    committed: Type.Boolean({ title: '已写入' }),
    totalRows: Type.Integer({ title: '数据行数' }),
    validRows: Type.Integer({ title: '无错误的行数' }),
    errors: Type.Array(ImportErrorItem),
    created: Type.Array(created),
  });
}

/** Errors in sheet order: by row, then by the spec's column order. */
export function sortImportErrors(errors: ImportError[], columnOrder: readonly string[]): ImportError[] {
  const rank = (c: string) => { const i = columnOrder.indexOf(c); return i < 0 ? columnOrder.length : i; };
  return [...errors].sort((a, b) => a.row - b.row || rank(a.column) - rank(b.column));
}

/** A commit with any bad row writes nothing and answers 400 listing every problem. */
export function rejectInvalidImport(errors: ImportError[]): never {
  throw importError('IMPORT_INVALID', `导入文件中有 ${errors.length} 处错误，没有导入任何数据：请改正后重新导入`,
    errors.slice(0, 500).map((e) => ({ field: `第${e.row}行「${e.column}」`, message: e.message })));
}
