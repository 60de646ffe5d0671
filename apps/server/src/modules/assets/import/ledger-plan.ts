import type { ImportError } from '../../../platform/excel/xlsx-import.js';
import { LEDGER_FIELD_LABELS, type LedgerField } from './ledger-columns.js';
import { type FieldChange, cardChanges, naturalKeyOfCard, naturalKeyOfExisting } from './ledger-compare.js';
import type { LedgerLookups } from './ledger-lookups.js';
import { type LedgerCard, resolveLedgerRow } from './ledger-resolve.js';
import type { ParsedLedgerRow } from './ledger-sheet.js';

export const ROW_STATUSES = ['new', 'unchanged', 'changed', 'error', 'skipped'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];
export const ROW_STATUS_LABELS: Record<RowStatus, string> = {
  new: '新建', unchanged: '无变化', changed: '与系统不同（不覆盖）', error: '有问题', skipped: '有问题，跳过',
};

export interface PlannedRow { row: number; status: RowStatus; code: string | null; name: string | null; assetId: number | null; changes: FieldChange[]; card?: LedgerCard }
const NO_CHANGES: FieldChange[] = [];

export interface LedgerPlan { rows: PlannedRow[]; errors: ImportError[] }

/**
 * Decides what each ledger row means for the school's books: a new card, a card already there
 * unchanged, a card there with different details (reported, never overwritten), or a row with
 * problems. A second row with the same number (or, without one, the same item) is a problem:
 * real ledgers get rows pasted twice. `keepCards` keeps the new cards for a commit; a check drops them.
 */
export function planLedgerImport(look: LedgerLookups, parsed: ParsedLedgerRow[], mapped: ReadonlySet<LedgerField>, onError: 'abort' | 'skip', today: string, keepCards: boolean): LedgerPlan {
  const existingByKey = new Map<string, number>();
  for (const e of look.cardsByCode.values()) existingByKey.set(naturalKeyOfExisting(e), e.id);
  const seenCode = new Map<string, number>();
  const seenKey = new Map<string, number>();
  const errors: ImportError[] = [];
  const rows: PlannedRow[] = [];
  for (const p of parsed) {
    const resolved = resolveLedgerRow(look, p, today);
    const rowErrors = resolved.errors;
    const code = p.values.code ?? null;
    if (code) {
      const first = seenCode.get(code);
      if (first !== undefined) rowErrors.push({ row: p.row, column: LEDGER_FIELD_LABELS.code, message: `与第 ${first} 行的资产编号「${code}」重复` });
      else seenCode.set(code, p.row);
    }
    const card = resolved.card;
    const naturalKey = card && !code ? naturalKeyOfCard(card) : undefined;
    if (naturalKey !== undefined) {
      const first = seenKey.get(naturalKey);
      if (first !== undefined) rowErrors.push({ row: p.row, column: LEDGER_FIELD_LABELS.name, message: `与第 ${first} 行完全相同且都没有资产编号：如确是两件，请合并为数量 2 或分别填写编号` });
      else seenKey.set(naturalKey, p.row);
    }
    const base = { row: p.row, code, name: p.values.name ?? null };
    if (rowErrors.length || !card) {
      errors.push(...rowErrors);
      rows.push({ ...base, status: onError === 'skip' ? 'skipped' : 'error', assetId: null, changes: NO_CHANGES });
      continue;
    }
    const existing = code ? look.cardsByCode.get(code) : undefined;
    if (existing) {
      const changes = cardChanges(card, existing, mapped, look);
      rows.push({ ...base, status: changes.length ? 'changed' : 'unchanged', assetId: existing.id, changes });
      continue;
    }
    const sameItem = naturalKey !== undefined ? existingByKey.get(naturalKey) : undefined;
    if (sameItem !== undefined) rows.push({ ...base, status: 'unchanged', assetId: sameItem, changes: NO_CHANGES });
    else rows.push({ ...base, status: 'new', assetId: null, changes: NO_CHANGES, ...(keepCards ? { card } : {}) });
  }
  return { rows, errors };
}
