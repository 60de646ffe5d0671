/** Codes of 报废 / 报损 and their Chinese labels (domain-rules.md §2.1, §2.7). */
export const DISPOSAL_KINDS = ['scrap', 'loss'] as const;
export type DisposalKind = (typeof DISPOSAL_KINDS)[number];
export const DISPOSAL_KIND_LABELS: Record<DisposalKind, string> = { scrap: '报废', loss: '报损' };

/** The four conditions of 《行政事业性国有资产管理条例》 第二十一条; a request must name one. */
export const LEGAL_CONDITIONS = ['obsolete', 'shortage', 'expired', 'force_majeure'] as const;
export type LegalCondition = (typeof LEGAL_CONDITIONS)[number];
export const LEGAL_CONDITION_LABELS: Record<LegalCondition, string> = {
  obsolete: '（一）因技术原因确需淘汰或者无法维修、无维修价值',
  shortage: '（二）涉及盘亏、坏账以及非正常损失',
  expired: '（三）已超过使用年限且无法满足现有工作需要',
  force_majeure: '（四）因自然灾害等不可抗力造成毁损、灭失',
};

export const DISPOSAL_METHODS = ['recycle', 'auction', 'transfer_out', 'donation', 'exchange', 'destroy', 'write_off', 'other'] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];
export const DISPOSAL_METHOD_LABELS: Record<DisposalMethod, string> = {
  recycle: '报废回收', auction: '拍卖', transfer_out: '调拨给其他单位', donation: '捐赠', exchange: '置换', destroy: '销毁', write_off: '核销', other: '其他',
};

/**
 * Steps of the chain. The first two always run (资产管理员审核; 集体决策 is required by 条例 第十九条);
 * the approvals after them come from the value tier.
 */
export const DISPOSAL_STEPS = ['asset_review', 'collective', 'principal', 'bureau', 'finance_bureau'] as const;
export type DisposalStep = (typeof DISPOSAL_STEPS)[number];
export const DISPOSAL_STEP_LABELS: Record<DisposalStep, string> = {
  asset_review: '资产管理员审核', collective: '集体决策', principal: '校长审批', bureau: '主管部门审批', finance_bureau: '财政部门审批',
};
export const APPROVAL_STEPS = ['principal', 'bureau', 'finance_bureau'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];
export const FIXED_STEPS: readonly DisposalStep[] = ['asset_review', 'collective'];

export const DISPOSAL_STATUSES = ['in_approval', 'approved', 'completed', 'rejected', 'withdrawn'] as const;
export type DisposalStatus = (typeof DISPOSAL_STATUSES)[number];
export const DISPOSAL_STATUS_LABELS: Record<DisposalStatus, string> = {
  in_approval: '审批中', approved: '待处置', completed: '已处置', rejected: '已驳回', withdrawn: '已撤回',
};

export const STEP_ACTION_LABELS: Record<string, string> = {
  submit: '提交申请', approve: '同意', reject: '驳回', record: '登记批复', complete: '处置完成', withdraw: '撤回',
};

export function labelIn<K extends string>(labels: Record<K, string>, code: string | null): string {
  return code === null ? '' : (labels as Record<string, string>)[code] ?? code;
}
