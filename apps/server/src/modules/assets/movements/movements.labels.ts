/** 调拨 / 借用 / 退库: codes stored on documents and the words users see. */
export const MOVEMENT_KINDS = ['transfer', 'loan', 'store_return'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = { transfer: '调拨', loan: '借用', store_return: '退库' };
/** The paper form's name and its number prefix (DB2026-0001). */
export const MOVEMENT_FORM: Record<MovementKind, { title: string; prefix: string }> = {
  transfer: { title: '资产调拨单', prefix: 'DB' }, loan: { title: '资产借用单', prefix: 'JY' }, store_return: { title: '资产退库单', prefix: 'TK' },
};

export const MOVEMENT_STATUSES = ['draft', 'submitted', 'approved', 'lent', 'done', 'returned', 'rejected', 'cancelled'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];
/** Open documents hold their cards: no other movement may take them. */
export const OPEN_STATUSES: readonly MovementStatus[] = ['draft', 'submitted', 'approved', 'lent'];

/** What a status means depends on the kind: an approved transfer waits for the receiver, an approved loan for the storekeeper. */
export function movementStatusLabel(kind: string, status: string): string {
  if (status === 'submitted') return kind === 'store_return' ? '待保管员确认' : '待审批';
  if (status === 'approved') return kind === 'loan' ? '待借出' : '待接收';
  return ({ draft: '草稿', lent: '借出中', done: '已完成', returned: '已归还', rejected: '已驳回', cancelled: '已撤销' } as Record<string, string>)[status] ?? status;
}

export const STEP_LABELS: Record<string, string> = {
  create: '填写', submit: '提交', approve: '审批通过', auto_approve: '免审批', reject: '驳回', receive: '确认接收', receive_for: '代为确认接收',
  lend: '借出', return: '归还', confirm_store: '确认退库', cancel: '撤销', remind: '逾期提醒', extend: '续借',
  request_extension: '申请续借', decline_extension: '不同意续借',
};

/** 申请续借: a borrower's request, until the storekeeper decides (lapsed: returned or extended before a decision). */
export const EXTENSION_REQUEST_STATUS_LABELS: Record<string, string> = {
  pending: '待保管员处理', granted: '已同意', declined: '未同意', lapsed: '已失效',
};

export const RETURN_CONDITIONS = ['good', 'damaged'] as const;
export type ReturnCondition = (typeof RETURN_CONDITIONS)[number];
export const RETURN_CONDITION_LABELS: Record<ReturnCondition, string> = { good: '完好', damaged: '损坏' };

export function labelOfKind(kind: string): string {
  return MOVEMENT_KIND_LABELS[kind as MovementKind] ?? kind;
}
