import { notFound, staleVersion } from '../../../platform/http/errors.js';
import type { WriteContext } from '../repair-context.js';
import { throwIfRefused } from '../repairs.errors.js';
import { checkRequestAction } from '../repairs.policy.js';
import { type ItemRow, findItemByRequest } from '../repairs.repository.js';
import type { RequestAction } from '../repair-request.state.js';
import { updateWorkOrderIf } from '../writes.repository.js';

/**
 * Loads a request for an action: in reach (else 404), allowed for this actor (403) in its current
 * state (409 naming it), at the version the client saw (409). 跟进 reaches any request of the
 * school, since the duplicate check showed it to someone about to report the same fault.
 */
export async function loadRequestFor(c: WriteContext, id: number, action: RequestAction, version: number | null): Promise<ItemRow> {
  const scope = action === 'follow_up' ? { schoolIds: [c.schoolId], own: null } : c.scope;
  const row = await findItemByRequest(c.tx, scope, id);
  if (!row || row.school_id !== c.schoolId) throw notFound('报修单');
  throwIfRefused(checkRequestAction(c.ra.actor, { schoolId: row.school_id, status: row.status, requesterId: row.requester_id, workOrderStatus: row.wo_status }, action));
  if (version !== null && row.version !== version) throw staleVersion('报修单');
  return row;
}

/** Cancels the not-yet-started work order of a request that is merged, declined or withdrawn. */
export async function cancelUnstartedWorkOrder(c: WriteContext, row: ItemRow, reason: string): Promise<void> {
  if (row.wo_id === null || row.wo_status === null || row.wo_version === null) return;
  await updateWorkOrderIf(c.tx, c.audit, {
    id: row.wo_id, schoolId: c.schoolId, fromStatus: row.wo_status, version: row.wo_version,
    patch: { status: 'cancelled', cancelled_at: c.at, cancel_reason: reason }, action: 'cancel', label: '工单',
  }, c.at);
  await c.tx.updateTable('work_order_assignments').set({ ended_at: c.at })
    .where('school_id', '=', c.schoolId).where('work_order_id', '=', row.wo_id).where('ended_at', 'is', null).execute();
}
