import type { Updateable } from 'kysely';
import type { WorkOrderTable } from '../../../platform/db/schema-repairs.js';
import { notFound, staleVersion } from '../../../platform/http/errors.js';
import type { WriteContext } from '../repair-context.js';
import { repairError, throwIfRefused } from '../repairs.errors.js';
import { checkWorkOrderAction } from '../repairs.policy.js';
import { type ItemRow, findItemByWorkOrder } from '../repairs.repository.js';
import type { NoticeSubject } from '../repairs.notices.js';
import { placeOf } from '../repairs.presenter.js';
import { type WorkOrderAction, workOrderTransition } from '../work-order.state.js';
import { type NewEvent, addEvents, updateWorkOrderIf } from '../writes.repository.js';

/** A work order row known to exist (its request joined). */
export type WorkOrderRow = ItemRow & { wo_id: number; wo_status: string; wo_version: number; respond_due_at: string; resolve_due_at: string };

export function workOrderFactsOf(row: WorkOrderRow) {
  return { schoolId: row.school_id, status: row.wo_status, assigneeId: row.assignee_id, teamId: row.team_id, requesterId: row.requester_id, contractorId: row.contractor_id };
}

/**
 * Loads a work order for an action, in this order: visible to the actor (else 404), the actor may
 * take the action (403) in the current state (409 naming the state), and the client saw the
 * current version (409).
 */
export async function loadWorkOrderFor(c: WriteContext, id: number, action: WorkOrderAction, version: number): Promise<WorkOrderRow> {
  const row = await findItemByWorkOrder(c.tx, c.scope, id);
  if (!row || row.wo_id === null || row.wo_status === null || row.wo_version === null || row.respond_due_at === null || row.resolve_due_at === null) {
    throw notFound('工单');
  }
  const wo = row as WorkOrderRow;
  throwIfRefused(checkWorkOrderAction(c.ra, workOrderFactsOf(wo), action));
  if (wo.wo_version !== version) throw staleVersion('工单');
  return wo;
}

/**
 * Moves the work order to the state the action leads to, with the action's own changes, as one
 * conditional UPDATE; writes the timeline entry. Returns the new version.
 */
export async function applyWorkOrderAction(
  c: WriteContext, row: WorkOrderRow, action: WorkOrderAction, patch: Updateable<WorkOrderTable>, event: Omit<NewEvent, 'requestId' | 'workOrderId' | 'fromStatus' | 'toStatus'>,
): Promise<number> {
  const t = workOrderTransition(row.wo_status, action);
  if (!t.ok) throw repairError('REPAIR_ILLEGAL_TRANSITION', t.message);
  const after = await updateWorkOrderIf(c.tx, c.audit, {
    id: row.wo_id, schoolId: row.school_id, fromStatus: row.wo_status, version: row.wo_version, patch: { ...patch, status: t.to }, action, label: '工单',
  }, c.at);
  await addEvents(c.tx, row.school_id, c.audit, c.at, [{ requestId: row.id, workOrderId: row.wo_id, fromStatus: row.wo_status, toStatus: t.to, ...event }]);
  return after.version;
}

/** What notices say about the job. */
export function subjectOf(row: ItemRow): NoticeSubject {
  return { requestId: row.id, workOrderId: row.wo_id, category: row.category_name, location: placeOf(row).location, description: row.description };
}
