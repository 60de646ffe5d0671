import { WORK_ORDER_STATUS_LABELS, type WorkOrderStatus } from './repairs.labels.js';

/**
 * The work order's life, enforced on the server:
 *
 *   pending_dispatch ──assign──▶ assigned ──accept──▶ accepted ──start──▶ in_progress ⇄ paused (pause / resume)
 *                                   ▲  ▲                  │                    │
 *                                   │  └──── reassign ────┴──── (also from in_progress, paused)
 *                                   │                                          │ complete
 *                                   └──────────── reopen ◀── completed ◀───────┘
 *                                                               │ confirm / auto_confirm
 *                                                               ▼
 *                                                           confirmed
 *   outsource (委外): pending_dispatch | assigned | accepted → assigned (to a contractor's accounts)
 *   cancel: from any open state before completion → cancelled
 */
export type WorkOrderAction =
  | 'assign' | 'reassign' | 'outsource' | 'accept' | 'start' | 'pause' | 'resume' | 'complete' | 'confirm' | 'auto_confirm' | 'reopen' | 'cancel';

export const WORK_ORDER_ACTIONS: readonly WorkOrderAction[] = [
  'assign', 'reassign', 'outsource', 'accept', 'start', 'pause', 'resume', 'complete', 'confirm', 'auto_confirm', 'reopen', 'cancel',
];

export const WORK_ORDER_ACTION_LABELS: Record<WorkOrderAction, string> = {
  assign: '派单', reassign: '转单', outsource: '委外', accept: '接单', start: '开始维修', pause: '暂停', resume: '继续维修', complete: '完工',
  confirm: '验收', auto_confirm: '自动验收', reopen: '退回返修', cancel: '取消工单',
};

const RULES: Record<WorkOrderAction, { from: readonly WorkOrderStatus[]; to: WorkOrderStatus }> = {
  assign: { from: ['pending_dispatch'], to: 'assigned' },
  reassign: { from: ['assigned', 'accepted', 'in_progress', 'paused'], to: 'assigned' },
  // Once work has started in-house it is finished or handed over with 转单, not priced out afresh.
  outsource: { from: ['pending_dispatch', 'assigned', 'accepted'], to: 'assigned' },
  accept: { from: ['assigned'], to: 'accepted' },
  start: { from: ['accepted'], to: 'in_progress' },
  pause: { from: ['in_progress'], to: 'paused' },
  resume: { from: ['paused'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'completed' },
  confirm: { from: ['completed'], to: 'confirmed' },
  auto_confirm: { from: ['completed'], to: 'confirmed' },
  reopen: { from: ['completed'], to: 'assigned' },
  cancel: { from: ['pending_dispatch', 'assigned', 'accepted', 'in_progress', 'paused'], to: 'cancelled' },
};

/** Someone still has to act: the job is on a board, in a queue, or waiting for acceptance. */
export const OPEN_WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = ['pending_dispatch', 'assigned', 'accepted', 'in_progress', 'paused', 'completed'];
/** The resolution clock runs in these; it stands still while paused and once completed. */
export const CLOCK_RUNNING_STATUSES: readonly WorkOrderStatus[] = ['pending_dispatch', 'assigned', 'accepted', 'in_progress'];
/** Work a technician has in hand (their queue). */
export const QUEUE_STATUSES: readonly WorkOrderStatus[] = ['assigned', 'accepted', 'in_progress', 'paused'];
/** Not yet started: a request in these may still be merged, declined or withdrawn. */
export const NOT_STARTED_STATUSES: readonly WorkOrderStatus[] = ['pending_dispatch', 'assigned', 'accepted'];

export type TransitionResult = { ok: true; to: WorkOrderStatus } | { ok: false; message: string };

export function isWorkOrderStatus(value: string): value is WorkOrderStatus {
  return value in WORK_ORDER_STATUS_LABELS;
}

export function statusLabel(status: string): string {
  return isWorkOrderStatus(status) ? WORK_ORDER_STATUS_LABELS[status] : status;
}

/** Where `action` takes a work order in `status`, or why it cannot, naming the current state. */
export function workOrderTransition(status: string, action: WorkOrderAction): TransitionResult {
  const rule = RULES[action];
  if (isWorkOrderStatus(status) && rule.from.includes(status)) return { ok: true, to: rule.to };
  return { ok: false, message: `工单当前状态为「${statusLabel(status)}」，不能${WORK_ORDER_ACTION_LABELS[action]}` };
}

/** Every action the state allows, before asking who is acting. */
export function actionsFrom(status: string): WorkOrderAction[] {
  return WORK_ORDER_ACTIONS.filter((a) => workOrderTransition(status, a).ok);
}
