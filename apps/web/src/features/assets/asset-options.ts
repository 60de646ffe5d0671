/**
 * The card's code lists as the server stores them (apps/server/src/modules/assets/assets.labels.ts).
 * The server labels every code in its DTOs; these are only for the pickers and filters, and move to
 * packages/contracts together with the server's copy.
 */
export const ASSET_STATUS: Record<string, { text: string; color: string }> = {
  in_use: { text: '在用', color: 'green' },
  idle: { text: '闲置', color: 'default' },
  loaned: { text: '出租出借', color: 'blue' },
  under_repair: { text: '维修中', color: 'orange' },
  pending_disposal: { text: '待报废', color: 'red' },
  disposed: { text: '已处置', color: 'default' },
};
/** Statuses a person may set on a card; the rest come from loans, repairs and disposal. */
export const EDITABLE_STATUSES = ['in_use', 'idle'];

export const VALUE_TYPES = { original: '原值', appraised: '评估价值', replacement: '重置价值', nominal: '名义金额' };
export const ACQUISITION_METHODS = { purchase: '购置', transfer_in: '调拨', donation: '捐赠', self_built: '自建', exchange: '置换', surplus: '盘盈', other: '其他' };
export const FUNDING_SOURCES = { fiscal: '财政拨款', special: '专项资金', self_raised: '自筹资金', donation: '捐赠', other: '其他' };
export const PROCUREMENT_FORMS = { government_central: '政府集中采购', department_central: '部门集中采购', decentralised: '分散采购', none: '非政府采购' };
export const USAGES = { teaching: '教学', research: '科研', administration: '行政办公', logistics: '后勤保障', other: '其他' };
export const ACCOUNTING_CLASSES = { fixed: '固定资产', low_value: '低值耐用品' };
export const DEPRECIATION_STARTS = { same_month: '入账当月开始计提', next_month: '入账次月开始计提' };

/** Select options from a code → label map. */
export function optionsOf(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** A ProTable select filter from a code → label map. */
export function valueEnumOf(labels: Record<string, string>): Record<string, { text: string }> {
  return Object.fromEntries(Object.entries(labels).map(([k, text]) => [k, { text }]));
}
