export const SCOPE_KINDS = ['school', 'building', 'room', 'department', 'category'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
export const SCOPE_KIND_LABELS: Record<ScopeKind, string> = { school: '全校', building: '楼宇', room: '房间', department: '部门', category: '分类' };

export const STOCKTAKE_STATUSES = ['counting', 'reconciling', 'closed'] as const;
export const STOCKTAKE_STATUS_LABELS: Record<string, string> = { counting: '盘点中', reconciling: '核对中', closed: '已结束' };

export const SCAN_CONDITIONS = ['good', 'damaged', 'needs_repair'] as const;
export type ScanCondition = (typeof SCAN_CONDITIONS)[number];
export const SCAN_CONDITION_LABELS: Record<string, string> = { good: '完好', damaged: '损坏', needs_repair: '待修' };

/** What the scanner is told at once. */
export const SCAN_OUTCOMES = ['counted', 'duplicate', 'wrong_room', 'out_of_scope', 'room'] as const;
export type ScanOutcome = (typeof SCAN_OUTCOMES)[number];
export const SCAN_OUTCOME_LABELS: Record<ScanOutcome, string> = {
  counted: '已盘', duplicate: '重复', wrong_room: '位置不符', out_of_scope: '不在本次范围', room: '已切换房间',
};

export const RESULT_KINDS = ['found', 'missing', 'unexpected', 'wrong_room', 'wrong_custodian', 'damaged'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
export const RESULT_KIND_LABELS: Record<ResultKind, string> = {
  found: '已盘到', missing: '盘亏（未找到）', unexpected: '盘盈（范围外资产）', wrong_room: '位置不符', wrong_custodian: '使用人不符', damaged: '状况异常',
};

export const ADJUSTMENT_KINDS = ['missing', 'wrong_room', 'wrong_custodian', 'unexpected', 'damaged', 'surplus'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_KIND_LABELS: Record<AdjustmentKind, string> = {
  missing: '盘亏', wrong_room: '位置不符', wrong_custodian: '使用人不符', unexpected: '范围外资产', damaged: '状况异常', surplus: '盘盈（无卡）',
};
/** What approving does, shown beside each proposal. */
export const ADJUSTMENT_EFFECT_LABELS: Record<AdjustmentKind, string> = {
  missing: '转为「待处置」，走报损流程',
  wrong_room: '存放地点改为盘点时所在房间',
  wrong_custodian: '使用人改为盘点时确认的人',
  unexpected: '存放地点改为盘点时所在房间（无房间时只记入履历）',
  damaged: '记入资产履历，维修请走报修',
  surplus: '确认盘盈，请按「盘盈」取得方式新建资产卡片',
};
export const ADJUSTMENT_STATUS_LABELS: Record<string, string> = { pending: '待审批', approved: '已批准', rejected: '已驳回' };
