/**
 * Codes stored on asset cards and their Chinese labels (domain-rules.md §2.5). Kept here until the
 * web pages need them; then they move to packages/contracts unchanged.
 */
export const ASSET_STATUSES = ['in_use', 'idle', 'loaned', 'under_repair', 'pending_disposal', 'disposed'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];
export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  in_use: '在用', idle: '闲置', loaned: '出租出借', under_repair: '维修中', pending_disposal: '待报废', disposed: '已处置',
};
/** Statuses a person may set on a card directly; the rest come from loans, repairs and disposal. */
export const EDITABLE_STATUSES = ['in_use', 'idle'] as const;

export const VALUE_TYPES = ['original', 'appraised', 'replacement', 'nominal'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];
export const VALUE_TYPE_LABELS: Record<ValueType, string> = { original: '原值', appraised: '评估价值', replacement: '重置价值', nominal: '名义金额' };

export const ACQUISITION_METHODS = ['purchase', 'transfer_in', 'donation', 'self_built', 'exchange', 'surplus', 'other'] as const;
export type AcquisitionMethod = (typeof ACQUISITION_METHODS)[number];
export const ACQUISITION_METHOD_LABELS: Record<AcquisitionMethod, string> = {
  purchase: '购置', transfer_in: '调拨', donation: '捐赠', self_built: '自建', exchange: '置换', surplus: '盘盈', other: '其他',
};

export const FUNDING_SOURCES = ['fiscal', 'special', 'self_raised', 'donation', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  fiscal: '财政拨款', special: '专项资金', self_raised: '自筹资金', donation: '捐赠', other: '其他',
};

export const PROCUREMENT_FORMS = ['government_central', 'department_central', 'decentralised', 'none'] as const;
export type ProcurementForm = (typeof PROCUREMENT_FORMS)[number];
export const PROCUREMENT_FORM_LABELS: Record<ProcurementForm, string> = {
  government_central: '政府集中采购', department_central: '部门集中采购', decentralised: '分散采购', none: '非政府采购',
};

export const USAGES = ['teaching', 'research', 'administration', 'logistics', 'other'] as const;
export type Usage = (typeof USAGES)[number];
export const USAGE_LABELS: Record<Usage, string> = { teaching: '教学', research: '科研', administration: '行政办公', logistics: '后勤保障', other: '其他' };

export const ACCOUNTING_CLASS_LABELS: Record<string, string> = { fixed: '固定资产', low_value: '低值耐用品' };
export const DEPRECIATION_METHOD_LABELS: Record<string, string> = { straight_line: '年限平均法', none: '不计提折旧' };

/** Timeline entries; later work (movements, repairs, stocktakes, disposal) adds kinds. */
export const ASSET_EVENT_LABELS: Record<string, string> = {
  created: '建卡', updated: '修改卡片', custody: '变更保管', status: '状态变更', qr_linked: '绑定二维码', file_added: '上传附件',
  depreciation: '计提折旧', repair: '报修', check: '清点', maintenance: '保养', imported: '导入', movement: '调拨', stocktake: '盘点', disposal: '报废报损',
  loan: '借出', loan_return: '归还', store_return: '退库', damage: '损坏赔偿', stocktake_adjustment: '盘点调整',
};

export function labelOf(labels: Record<string, string>, code: string | null): string | null {
  return code === null ? null : labels[code] ?? code;
}
