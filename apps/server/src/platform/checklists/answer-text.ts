import { type AnswerValue, isBlank } from './checklist-answers.js';
import type { ChecklistItem } from './checklist-items.js';

/** The limits of a number item as people write them: "90～120分钟", "不低于90分钟"; null without limits. */
export function limitText(item: Pick<ChecklistItem, 'min' | 'max' | 'unit'>): string | null {
  const unit = item.unit ?? '';
  if (item.min !== null && item.max !== null) return `${item.min}～${item.max}${unit}`;
  if (item.min !== null) return `不低于${item.min}${unit}`;
  if (item.max !== null) return `不高于${item.max}${unit}`;
  return null;
}

/** An answer as a person reads it in a list, a ledger or a repair request. */
export function answerText(item: Pick<ChecklistItem, 'type' | 'unit'>, value: AnswerValue | undefined): string {
  if (isBlank(value)) return '未填';
  switch (item.type) {
    case 'pass_fail': return value === true ? '合格' : '不合格';
    case 'number': return `${String(value)}${item.unit ?? ''}`;
    case 'choice': return Array.isArray(value) ? value.join('、') : String(value);
    case 'photo': return `${Array.isArray(value) ? value.length : 0}张照片`;
    case 'signature': return '已签名';
    default: return String(value);
  }
}
