/** Codes of 损坏赔偿 and their Chinese labels. */
export const DAMAGE_CAUSES = ['human', 'accident', 'wear', 'unknown'] as const;
export type DamageCause = (typeof DAMAGE_CAUSES)[number];
export const DAMAGE_CAUSE_LABELS: Record<DamageCause, string> = { human: '人为', accident: '意外', wear: '自然损耗', unknown: '不明' };

/** Who is answerable: a staff account of the school, or a named student / outsider, or nobody known. */
export const PARTY_TYPES = ['user', 'student', 'outsider', 'unknown'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = { user: '教职工', student: '学生', outsider: '校外人员', unknown: '不明' };

export const DAMAGE_STATUSES = ['recorded', 'proposed', 'approved', 'waived', 'paid', 'cancelled'] as const;
export type DamageStatus = (typeof DAMAGE_STATUSES)[number];
export const DAMAGE_STATUS_LABELS: Record<DamageStatus, string> = {
  recorded: '已登记', proposed: '待审批', approved: '待缴费', waived: '已免赔', paid: '已缴费', cancelled: '已撤销',
};

export const BASIS_KIND_LABELS: Record<string, string> = { net_value: '资产净值', repair_cost: '维修费用' };

export const DAMAGE_ACTION_LABELS: Record<string, string> = {
  record: '登记', propose: '提出赔偿建议', approve: '批准赔偿', waive: '免于赔偿', pay: '登记缴费', cancel: '撤销', link_work_order: '关联维修工单', raise_repair: '发起报修',
};

export function labelOfStatus(status: string): string {
  return (DAMAGE_STATUS_LABELS as Record<string, string>)[status] ?? status;
}
