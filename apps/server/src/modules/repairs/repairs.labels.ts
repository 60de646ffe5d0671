/** Urgency of a report: 紧急 (respond at once), 一般, 预约 (at an agreed time). */
export const URGENCIES = ['urgent', 'normal', 'scheduled'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { urgent: '紧急', normal: '一般', scheduled: '预约' };

export const REQUEST_STATUSES = ['submitted', 'converted', 'merged', 'declined', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '待受理', converted: '已转工单', merged: '已合并', declined: '已驳回', cancelled: '已撤回',
};

export const WORK_ORDER_STATUSES = ['pending_dispatch', 'assigned', 'accepted', 'in_progress', 'paused', 'completed', 'confirmed', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
export const WORK_ORDER_STATUS_LABELS: Record<WorkOrderStatus, string> = {
  pending_dispatch: '待派单', assigned: '待接单', accepted: '已接单', in_progress: '维修中', paused: '已暂停',
  completed: '待验收', confirmed: '已验收', cancelled: '已取消',
};

/** What a requester sees: the work order's status once there is one, else the request's own. */
export type ProgressStatus = WorkOrderStatus | Exclude<RequestStatus, 'converted'>;
export const PROGRESS_LABELS: Record<ProgressStatus, string> = {
  ...WORK_ORDER_STATUS_LABELS, submitted: '待受理', merged: '已合并', declined: '已驳回',
  // A withdrawn request and a cancelled work order read the same to the requester.
  cancelled: '已取消',
};

/** Photo rule for reports: always, unless urgent (a burst pipe should not wait for a photo), or never. */
export const PHOTO_RULES = ['always', 'except_urgent', 'never'] as const;
export type PhotoRule = (typeof PHOTO_RULES)[number];
export const PHOTO_RULE_LABELS: Record<PhotoRule, string> = { always: '必须拍照', except_urgent: '紧急报修可不拍照', never: '不要求照片' };

export const DEFAULT_CATEGORIES = ['水', '电', '木工', '门窗', '桌椅', '多媒体', '网络', '空调', '其他'] as const;

const pad = (n: number) => String(n).padStart(6, '0');
/** 报修单号 / 工单号 shown to people: derived from the id, so it is unique without a counter. */
export const requestCode = (id: number): string => `BX${pad(id)}`;
export const workOrderCode = (id: number): string => `WX${pad(id)}`;
