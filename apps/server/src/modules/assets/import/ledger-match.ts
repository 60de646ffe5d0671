import type { CellResult } from '../../../platform/excel/import-cells.js';
import { ACQUISITION_METHOD_LABELS, type AcquisitionMethod, FUNDING_SOURCE_LABELS, type FundingSource } from '../assets.labels.js';
import type { CategoryNode } from '../categories.repository.js';
import { type LedgerLookups, type Named, lookupKey } from './ledger-lookups.js';

/**
 * Matching a ledger's words to the school's records. Each function answers the value or a Chinese
 * problem for the row's report; none of them writes.
 */

const CODE_AND_NAME = /^([0-9][0-9\-.]*)\s*(.*)$/;

/** GB/T 14885 codes are 7 digits (门类 1, 大类 2, 中类 2, 小类 2); the school's tree stops at 大类 plus local rows, so a finer code falls back to its nearest ancestor. */
function byCode(look: LedgerLookups, raw: string): CategoryNode | undefined {
  const exact = look.categoryByCode.get(lookupKey(raw));
  if (exact) return exact;
  const digits = raw.replace(/[-.\s]/g, '');
  if (!/^\d{1,7}$/.test(digits)) return undefined;
  const full = digits.padEnd(7, '0');
  for (const keep of [7, 5, 3, 1]) {
    const found = look.categoryByCode.get(full.slice(0, keep).padEnd(7, '0'));
    if (found) return found;
  }
  return undefined;
}

export function matchCategory(look: LedgerLookups, text: string): CellResult<CategoryNode> {
  const m = CODE_AND_NAME.exec(text);
  const fromCode = m?.[1] ? byCode(look, m[1]) : undefined;
  if (fromCode) return { value: fromCode };
  const name = m?.[2] ? m[2] : text;
  const named = look.categoryByName.get(lookupKey(name)) ?? [];
  if (named.length === 1 && named[0]) return { value: named[0] };
  if (named.length > 1) return { error: `有 ${named.length} 个分类叫「${name}」，请改填分类代码` };
  return { error: `本校资产分类中没有「${text}」：请填分类代码（如 2010000）或「资产分类」中的名称` };
}

/** A place: a room of the school when the name is unique, otherwise kept as the card's location text. */
export function matchLocation(look: LedgerLookups, text: string): { roomId: number | null; locationText: string | null } {
  const rooms = look.roomsByName.get(lookupKey(text)) ?? [];
  return rooms.length === 1 && rooms[0] ? { roomId: rooms[0].id, locationText: null } : { roomId: null, locationText: text };
}

/** A person by 工号, else by name; two people with the same name must be told apart by 工号. */
export function matchPerson(look: LedgerLookups, text: string): CellResult<Named> {
  const byStaffNo = look.usersByStaffNo.get(lookupKey(text));
  if (byStaffNo) return { value: byStaffNo };
  const named = look.usersByName.get(lookupKey(text)) ?? [];
  if (named.length === 1 && named[0]) return { value: named[0] };
  if (named.length > 1) return { error: `本校有 ${named.length} 位「${text}」，请改填工号` };
  return { error: `本校没有「${text}」这位教职工（或已停用）：请填姓名或工号` };
}

export function matchDepartment(look: LedgerLookups, text: string): CellResult<Named> {
  const d = look.departmentsByName.get(lookupKey(text));
  return d ? { value: d } : { error: `本校没有「${text}」这个部门` };
}

function wordsOf<T extends string>(labels: Record<T, string>, extra: Record<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) { out.set(lookupKey(label), code); out.set(code, code); }
  for (const [word, code] of Object.entries(extra)) out.set(lookupKey(word), code);
  return out;
}

const FUNDING_WORDS = wordsOf<FundingSource>(FUNDING_SOURCE_LABELS, {
  财政: 'fiscal', 财政资金: 'fiscal', 财政性资金: 'fiscal', 预算内: 'fiscal', 专项: 'special', 专项经费: 'special', 自筹: 'self_raised', 自有资金: 'self_raised', 社会捐赠: 'donation',
});
const METHOD_WORDS = wordsOf<AcquisitionMethod>(ACQUISITION_METHOD_LABELS, {
  购买: 'purchase', 采购: 'purchase', 新购: 'purchase', 调入: 'transfer_in', 划拨: 'transfer_in', 受赠: 'donation', 接受捐赠: 'donation', 自制: 'self_built',
});

export function matchFunding(text: string): CellResult<FundingSource> {
  const code = FUNDING_WORDS.get(lookupKey(text));
  return code ? { value: code } : { error: `不认识的经费来源「${text}」，可填：${Object.values(FUNDING_SOURCE_LABELS).join('、')}` };
}

export function matchMethod(text: string): CellResult<AcquisitionMethod> {
  const code = METHOD_WORDS.get(lookupKey(text));
  return code ? { value: code } : { error: `不认识的取得方式「${text}」，可填：${Object.values(ACQUISITION_METHOD_LABELS).join('、')}` };
}
