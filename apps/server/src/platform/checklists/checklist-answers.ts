import { type FieldError, platformError } from '../http/errors.js';
import type { ChecklistItem } from './checklist-items.js';
import { type ItemOutcome, type ResultOutcome, isFailing } from './checklist-kinds.js';

/**
 * An answer's value by item type: pass_fail → true (合格) / false (不合格); number → number;
 * text → string; choice → option (or options when multiple); photo → file ids; signature → file id.
 * null (or "" / []) leaves an optional item blank.
 */
export type AnswerValue = boolean | number | string | string[] | number[] | null;
export interface AnswerInput { value: AnswerValue; remark?: string | null | undefined }
export type Answers = Record<string, AnswerInput>;

/** Answers and answer values as stored (JSON text written by the checklist module). */
export const parseStoredAnswers = (json: string | null): Answers => (json ? (JSON.parse(json) as Answers) : {});
export const parseStoredValue = (json: string | null): AnswerValue => (json === null ? null : (JSON.parse(json) as AnswerValue));

export const MAX_TEXT_ANSWER = 2000;
export const MAX_PHOTOS_PER_ITEM = 20;

/** A file an answer refers to; the caller checks it exists and belongs to whoever answers. */
export interface ReferencedFile { itemKey: string; label: string; fileId: number }

export function isBlank(value: AnswerValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

const isFileId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 2147483647;

/** What is wrong with one non-blank value, or undefined. */
function problemOf(item: ChecklistItem, value: Exclude<AnswerValue, null>): string | undefined {
  switch (item.type) {
    case 'pass_fail':
      return typeof value === 'boolean' ? undefined : '应选择合格或不合格';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : '应填写数字';
    case 'text':
      if (typeof value !== 'string') return '应填写文字';
      return value.length > MAX_TEXT_ANSWER ? `不能超过 ${MAX_TEXT_ANSWER} 个字` : undefined;
    case 'choice': {
      if (!item.multiple && Array.isArray(value)) return '只能选择一项';
      const picked = Array.isArray(value) ? value : [value];
      if (picked.some((p) => typeof p !== 'string')) return '应从选项中选择';
      const stray = (picked as string[]).find((p) => !item.options.includes(p));
      if (stray !== undefined) return `「${stray}」不是可选的选项（可选：${item.options.join('、')}）`;
      return new Set(picked).size === picked.length ? undefined : '同一选项不能选两次';
    }
    case 'photo': {
      if (!Array.isArray(value) || !value.every(isFileId)) return '应为已上传照片的编号列表';
      if (new Set(value).size !== value.length) return '同一张照片不能重复使用';
      if (value.length < item.minPhotos) return `至少需要 ${item.minPhotos} 张照片`;
      return value.length > MAX_PHOTOS_PER_ITEM ? `最多 ${MAX_PHOTOS_PER_ITEM} 张照片` : undefined;
    }
    case 'signature':
      return isFileId(value) ? undefined : '应为已上传的签名图片';
  }
}

/**
 * Checks answers against one version's items: no key outside the version, types, choice
 * membership, photo counts and (unless `partial`, for a draft being saved) required items.
 * Limits are not checked here: a reading outside them is a finding, not a mistake.
 * Throws one 400 listing every problem, each naming its item.
 */
export function checkAnswers(items: ChecklistItem[], answers: Answers, opts: { versionNo: number; partial?: boolean }): ReferencedFile[] {
  const errors: FieldError[] = [];
  const byKey = new Map(items.map((item) => [item.key, item]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) {
      errors.push({ field: `answers.${key}`, message: `「${key}」不是这份检查表第 ${opts.versionNo} 版的检查项，请刷新后按最新内容填写` });
    }
  }
  const files: ReferencedFile[] = [];
  for (const item of items) {
    const value = answers[item.key]?.value;
    if (isBlank(value)) {
      if (item.required && !opts.partial) errors.push({ field: `answers.${item.key}`, message: `「${item.label}」为必填项` });
      continue;
    }
    const problem = problemOf(item, value as Exclude<AnswerValue, null>);
    if (problem) {
      errors.push({ field: `answers.${item.key}`, message: `「${item.label}」${problem}` });
      continue;
    }
    const fileIds = item.type === 'photo' ? (value as number[]) : item.type === 'signature' ? [value as number] : [];
    for (const fileId of fileIds) files.push({ itemKey: item.key, label: item.label, fileId });
  }
  if (errors.length) throw platformError('VALIDATION_FAILED', errors[0]?.message ?? '检查结果有误', errors);
  return files;
}

/** The outcome of one valid answer. Limits are inclusive: 90 passes "不低于 90". */
export function outcomeOf(item: ChecklistItem, value: AnswerValue | undefined): ItemOutcome {
  if (isBlank(value)) return 'na';
  switch (item.type) {
    case 'pass_fail':
      return value === true ? 'pass' : 'fail';
    case 'number': {
      if (item.min === null && item.max === null) return 'na';
      const n = value as number;
      return (item.min === null || n >= item.min) && (item.max === null || n <= item.max) ? 'pass' : 'out_of_limit';
    }
    case 'choice': {
      if (item.failOptions.length === 0) return 'na';
      const picked = Array.isArray(value) ? (value as string[]) : [value as string];
      return picked.some((p) => item.failOptions.includes(p)) ? 'fail' : 'pass';
    }
    default:
      return 'na';
  }
}

export interface EvaluatedItem {
  position: number;
  key: string;
  label: string;
  type: ChecklistItem['type'];
  value: AnswerValue;
  remark: string | null;
  outcome: ItemOutcome;
}

export interface Evaluation { items: EvaluatedItem[]; outcome: ResultOutcome; failedCount: number }

/** Every item's outcome and the overall verdict: 不合格 as soon as one item fails or is out of limits. */
export function evaluateChecklist(items: ChecklistItem[], answers: Answers): Evaluation {
  const evaluated = items.map((item, position): EvaluatedItem => {
    const answer = answers[item.key];
    const value = isBlank(answer?.value) ? null : (answer?.value ?? null);
    return {
      position, key: item.key, label: item.label, type: item.type, value,
      remark: answer?.remark?.trim() ? answer.remark.trim() : null, outcome: outcomeOf(item, value),
    };
  });
  const failedCount = evaluated.filter((e) => isFailing(e.outcome)).length;
  return { items: evaluated, outcome: failedCount > 0 ? 'fail' : 'pass', failedCount };
}
