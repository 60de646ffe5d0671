import { type FieldError, platformError } from '../http/errors.js';
import type { ChecklistItemType } from './checklist-kinds.js';

/**
 * One item of a checklist version, as stored and as sent. Every type carries every field so a
 * stored version reads the same whatever its items are; fields of other types are null/empty.
 */
export interface ChecklistItem {
  /** Stable across versions, so results of different versions can be compared item by item. */
  key: string;
  label: string;
  type: ChecklistItemType;
  required: boolean;
  hint: string | null;
  /** A failed or out-of-limit answer offers "报修" with one tap. */
  raisesRepair: boolean;
  /** Repair category name proposed for that repair (e.g. 水电). */
  repairCategory: string | null;
  /** number: inclusive limits and unit. */
  min: number | null;
  max: number | null;
  unit: string | null;
  /** choice: the options, whether several may be picked, and which ones mean 不合格. */
  options: string[];
  multiple: boolean;
  failOptions: string[];
  /** photo: how many photos an answer needs at least. */
  minPhotos: number;
}

/** An item as an editor sends it: only label and type are needed. */
export interface ChecklistItemInput {
  key?: string | undefined;
  label: string;
  type: ChecklistItemType;
  required?: boolean | undefined;
  hint?: string | null | undefined;
  raisesRepair?: boolean | undefined;
  repairCategory?: string | null | undefined;
  min?: number | null | undefined;
  max?: number | null | undefined;
  unit?: string | null | undefined;
  options?: string[] | undefined;
  multiple?: boolean | undefined;
  failOptions?: string[] | undefined;
  minPhotos?: number | undefined;
}

export const ITEM_KEY_PATTERN = '^[a-z][a-z0-9_]{0,39}$';
const KEY_RE = new RegExp(ITEM_KEY_PATTERN);

const blankToNull = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);

/** The smallest item_N not taken, for items an editor added without a key. */
function nextFreeKey(taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`item_${n}`)) return `item_${n}`;
}

function canFail(item: ChecklistItem): boolean {
  if (item.type === 'pass_fail') return true;
  if (item.type === 'number') return item.min !== null || item.max !== null;
  if (item.type === 'choice') return item.failOptions.length > 0;
  return false;
}

function normalizeOne(input: ChecklistItemInput, key: string): ChecklistItem {
  const type = input.type;
  const required = input.required ?? false;
  const raisesRepair = input.raisesRepair ?? false;
  const options = type === 'choice' ? (input.options ?? []).map((o) => o.trim()) : [];
  return {
    key,
    label: input.label.trim(),
    type,
    required,
    hint: blankToNull(input.hint),
    raisesRepair,
    // Fields of other types are dropped, so switching an item's type in the editor leaves nothing stale.
    repairCategory: raisesRepair ? blankToNull(input.repairCategory) : null,
    min: type === 'number' ? (input.min ?? null) : null,
    max: type === 'number' ? (input.max ?? null) : null,
    unit: type === 'number' ? blankToNull(input.unit) : null,
    options,
    multiple: type === 'choice' ? (input.multiple ?? false) : false,
    failOptions: type === 'choice' ? (input.failOptions ?? []).map((o) => o.trim()) : [],
    minPhotos: type === 'photo' ? Math.max(input.minPhotos ?? 0, required ? 1 : 0) : 0,
  };
}

function problemsOf(item: ChecklistItem): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (!item.label) out.push({ field: 'label', message: '名称不能为空' });
  if (item.type === 'number' && item.min !== null && item.max !== null && item.min > item.max) {
    out.push({ field: 'min', message: `下限 ${item.min} 不能大于上限 ${item.max}` });
  }
  if (item.type === 'choice') {
    if (item.options.length < 2) out.push({ field: 'options', message: '选项至少需要 2 个' });
    if (item.options.some((o) => !o)) out.push({ field: 'options', message: '选项不能为空' });
    const dup = item.options.find((o, i) => item.options.indexOf(o) !== i);
    if (dup !== undefined) out.push({ field: 'options', message: `选项「${dup}」重复` });
    const stray = item.failOptions.find((o) => !item.options.includes(o));
    if (stray !== undefined) out.push({ field: 'failOptions', message: `不合格选项「${stray}」不在选项中` });
  }
  if (item.raisesRepair && !canFail(item)) {
    out.push({
      field: 'raisesRepair',
      message: item.type === 'number' ? '要在超出范围时报修，请先填写下限或上限'
        : item.type === 'choice' ? '要在不合格时报修，请先指定哪些选项算不合格'
          : `「${item.type === 'photo' ? '照片' : item.type === 'signature' ? '签名' : '文字'}」项不判定合格与否，不能报修`,
    });
  }
  return out;
}

/**
 * Checks an editor's items and returns them complete: trimmed, keys generated for new items,
 * fields of other types cleared. Every problem is reported at once, each naming its item.
 */
export function normalizeChecklistItems(inputs: ChecklistItemInput[], field = 'items'): ChecklistItem[] {
  const errors: FieldError[] = [];
  const taken = new Set<string>();
  inputs.forEach((input, i) => {
    const key = input.key?.trim();
    if (!key) return;
    const where = `第 ${i + 1} 项「${input.label.trim()}」`;
    if (!KEY_RE.test(key)) errors.push({ field: `${field}.${i}.key`, message: `${where}：编码只能用小写字母、数字和下划线，并以字母开头` });
    else if (taken.has(key)) errors.push({ field: `${field}.${i}.key`, message: `${where}：编码「${key}」与前面的检查项重复` });
    taken.add(key);
  });
  const items = inputs.map((input) => {
    const given = input.key?.trim();
    if (given) return normalizeOne(input, given);
    const key = nextFreeKey(taken);
    taken.add(key);
    return normalizeOne(input, key);
  });
  items.forEach((item, i) => {
    const where = `第 ${i + 1} 项「${item.label}」`;
    for (const p of problemsOf(item)) errors.push({ field: `${field}.${i}.${p.field}`, message: `${where}：${p.message}` });
    const twin = items.findIndex((other) => other.label === item.label);
    if (item.label && twin < i) errors.push({ field: `${field}.${i}.label`, message: `${where}：与第 ${twin + 1} 项名称相同` });
  });
  if (errors.length) throw platformError('VALIDATION_FAILED', errors[0]?.message ?? '检查项有误', errors);
  return items;
}

/** Parses stored items (JSON written by this module). */
export function parseChecklistItems(json: string): ChecklistItem[] {
  return JSON.parse(json) as ChecklistItem[];
}
