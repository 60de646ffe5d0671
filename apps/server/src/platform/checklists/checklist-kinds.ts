/** What a checklist is for; the module that runs it (repairs, safety, canteen, dorms) filters by it. */
export const CHECKLIST_KINDS = ['maintenance', 'patrol', 'safety', 'canteen', 'dorm', 'general'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export const CHECKLIST_KIND_LABELS: Record<ChecklistKind, string> = {
  maintenance: '设备保养',
  patrol: '巡查',
  safety: '安全检查',
  canteen: '食堂',
  dorm: '宿舍',
  general: '通用',
};

export const CHECKLIST_ITEM_TYPES = ['pass_fail', 'number', 'text', 'choice', 'photo', 'signature'] as const;
export type ChecklistItemType = (typeof CHECKLIST_ITEM_TYPES)[number];

export const CHECKLIST_ITEM_TYPE_LABELS: Record<ChecklistItemType, string> = {
  pass_fail: '合格/不合格',
  number: '数值',
  text: '文字',
  choice: '选项',
  photo: '照片',
  signature: '签名',
};

/** Outcome of one item: out_of_limit is a number outside its limits; na means nothing to judge. */
export const ITEM_OUTCOMES = ['pass', 'fail', 'out_of_limit', 'na'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

export const ITEM_OUTCOME_LABELS: Record<ItemOutcome, string> = {
  pass: '合格',
  fail: '不合格',
  out_of_limit: '超出范围',
  na: '—',
};

export const RESULT_OUTCOMES = ['pass', 'fail'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];
export const RESULT_OUTCOME_LABELS: Record<ResultOutcome, string> = { pass: '合格', fail: '不合格' };

export const RESULT_STATUSES = ['draft', 'submitted'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];
export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = { draft: '填写中', submitted: '已提交' };

export const TEMPLATE_STATUSES = ['draft', 'published', 'archived'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];
export const TEMPLATE_STATUS_LABELS: Record<TemplateStatus, string> = { draft: '草稿', published: '已发布', archived: '已停用' };

/** Outcomes that count against the result and may raise a repair. */
export function isFailing(outcome: ItemOutcome): boolean {
  return outcome === 'fail' || outcome === 'out_of_limit';
}
