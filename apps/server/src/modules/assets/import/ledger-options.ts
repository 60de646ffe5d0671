import { invalidField } from '../../../platform/http/errors.js';
import { IMPORT_MAX_COLUMNS } from '../../../platform/excel/xlsx-guard.js';
import { LEDGER_SPEC, type LedgerField } from './ledger-columns.js';

/** What the storekeeper chose in the import dialog, beyond the file itself. */
export interface LedgerImportOptions {
  /** Their own column mapping (field → 0-based column), replacing the suggested one. */
  mapping?: Map<LedgerField, number>;
  /** Excel row number of the header, when the guess was wrong. */
  headerRow?: number;
  /** 'skip' commits the good rows and leaves rows with problems out; 'abort' writes nothing while any row has one. */
  onError: 'abort' | 'skip';
}

const FIELDS = new Set<string>(LEDGER_SPEC.columns.map((c) => c.key));
const isField = (k: string): k is LedgerField => FIELDS.has(k);

function mappingOf(json: string): Map<LedgerField, number> {
  let parsed: unknown;
  try { parsed = JSON.parse(json); } catch { throw invalidField('mapping', '「列对应关系」应为 JSON，例如 {"name":2,"category":3}'); }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidField('mapping', '「列对应关系」应为 JSON 对象：字段 → 列号（从 1 开始）');
  const out = new Map<LedgerField, number>();
  const used = new Map<number, string>();
  for (const [key, column] of Object.entries(parsed)) {
    if (!isField(key)) throw invalidField('mapping', `「列对应关系」中没有「${key}」这个字段`);
    if (column === null) continue;
    if (!Number.isInteger(column) || (column as number) < 1 || (column as number) > IMPORT_MAX_COLUMNS) {
      throw invalidField('mapping', `「列对应关系」中「${key}」的列号应为 1～${IMPORT_MAX_COLUMNS} 的整数`);
    }
    const index = (column as number) - 1;
    const other = used.get(index);
    if (other) throw invalidField('mapping', `「列对应关系」中第 ${index + 1} 列同时对应了「${other}」和「${key}」`);
    used.set(index, key);
    out.set(key, index);
  }
  return out;
}

/** Reads the import form's own fields: mapping (JSON), headerRow, onError. */
export function ledgerOptionsOf(fields: Record<string, string>): LedgerImportOptions {
  const onError = fields.onError ?? 'abort';
  if (onError !== 'abort' && onError !== 'skip') throw invalidField('onError', '「出错时」应为 abort（全部不导入）或 skip（跳过有问题的行）');
  const out: LedgerImportOptions = { onError };
  if (fields.mapping?.trim()) out.mapping = mappingOf(fields.mapping);
  if (fields.headerRow?.trim()) {
    const n = Number(fields.headerRow);
    if (!Number.isInteger(n) || n < 1 || n > 10) throw invalidField('headerRow', '「表头行」应为 1～10 的整数');
    out.headerRow = n;
  }
  return out;
}
