import { REQUEST_STATUS_LABELS, type RequestStatus, type WorkOrderStatus } from './repairs.labels.js';
import { NOT_STARTED_STATUSES, OPEN_WORK_ORDER_STATUSES, statusLabel } from './work-order.state.js';

/**
 * A request (报修单) is triaged once: converted into a work order, merged into another request,
 * declined with a reason, or withdrawn by its requester. While its work order has not started,
 * a converted request can still be merged, declined or withdrawn (the work order is cancelled);
 * after that the work order's own states take over.
 *
 *   submitted ──convert──▶ converted ──(work order confirmed / cancelled)──▶ closed
 *       │                     │ (work order not started yet)
 *       ├──merge───▶ merged ◀─┤
 *       ├──decline─▶ declined ◀┤
 *       └──cancel──▶ cancelled ◀┘
 *   follow_up (跟进): a comment on any request still being handled
 */
export type RequestAction = 'convert' | 'merge' | 'decline' | 'cancel' | 'follow_up';

export const REQUEST_ACTION_LABELS: Record<RequestAction, string> = {
  convert: '转为工单', merge: '合并', decline: '驳回', cancel: '撤回', follow_up: '跟进',
};

const TO: Record<RequestAction, RequestStatus> = {
  convert: 'converted', merge: 'merged', decline: 'declined', cancel: 'cancelled', follow_up: 'converted',
};

export type RequestTransitionResult = { ok: true; to: RequestStatus } | { ok: false; message: string };

function requestLabel(status: string): string {
  return status in REQUEST_STATUS_LABELS ? REQUEST_STATUS_LABELS[status as RequestStatus] : status;
}

/** Is the fault still being handled (a second report of it would be a duplicate)? */
export function isRequestOpen(status: string, workOrderStatus: string | null): boolean {
  if (status === 'submitted') return true;
  if (status !== 'converted') return false;
  return workOrderStatus !== null && (OPEN_WORK_ORDER_STATUSES as readonly string[]).includes(workOrderStatus);
}

/**
 * Where `action` takes a request, given its work order's status (null when it has none), or why
 * it cannot, naming the current state.
 */
export function requestTransition(status: string, workOrderStatus: string | null, action: RequestAction): RequestTransitionResult {
  const verb = REQUEST_ACTION_LABELS[action];
  const refuse = (state: string) => ({ ok: false as const, message: `报修单当前状态为「${state}」，不能${verb}` });
  if (action === 'follow_up') {
    if (isRequestOpen(status, workOrderStatus)) return { ok: true, to: status as RequestStatus };
    return refuse(status === 'converted' && workOrderStatus ? statusLabel(workOrderStatus) : requestLabel(status));
  }
  if (status === 'submitted') return { ok: true, to: TO[action] };
  if (status !== 'converted' || action === 'convert' || workOrderStatus === null) return refuse(requestLabel(status));
  // Once a technician has started, the work order is cancelled or finished through its own actions.
  const untouched: readonly string[] = action === 'cancel' ? NOT_STARTED_STATUSES : ['pending_dispatch', 'assigned'];
  if (untouched.includes(workOrderStatus as WorkOrderStatus)) return { ok: true, to: TO[action] };
  return { ok: false, message: `报修单已转为工单，工单当前状态为「${statusLabel(workOrderStatus)}」，不能${verb}` };
}
