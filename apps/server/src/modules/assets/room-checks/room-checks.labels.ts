export const CHECK_CONDITIONS = ['good', 'damaged', 'needs_repair'] as const;
export type CheckCondition = (typeof CHECK_CONDITIONS)[number];
export const CHECK_CONDITION_LABELS: Record<CheckCondition, string> = { good: '完好', damaged: '损坏', needs_repair: '待修' };

export const ROUND_STATUS_LABELS: Record<string, string> = { open: '进行中', closed: '已结束' };
export const CHECK_STATUS_LABELS: Record<string, string> = { pending: '待清点', submitted: '已提交' };

/** A card not found in the room is stored with condition 'missing'. */
export function conditionLabel(code: string): string {
  if (code === 'missing') return '不在位';
  return CHECK_CONDITION_LABELS[code as CheckCondition] ?? code;
}
