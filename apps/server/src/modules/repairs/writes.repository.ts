import type { Updateable } from 'kysely';
import { type AuditContext, diffRows, recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import { insertRows } from '../../platform/db/query-template.js';
import type { RepairRequestTable, WorkOrderTable } from '../../platform/db/schema-repairs.js';
import { staleVersion } from '../../platform/http/errors.js';

export interface NewEvent {
  requestId: number;
  workOrderId?: number | null;
  kind: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  data?: Record<string, unknown> | null;
}

/** Appends timeline entries in one statement. */
export async function addEvents(tx: Tx, schoolId: number, ctx: AuditContext, at: string, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertRows(tx, 'repair_events', events.map((e) => ({
    school_id: schoolId, request_id: e.requestId, work_order_id: e.workOrderId ?? null, actor_id: ctx.actorId, actor_name: ctx.actorName,
    kind: e.kind, from_status: e.fromStatus ?? null, to_status: e.toStatus ?? null, note: e.note ?? null,
    data: e.data ? JSON.stringify(e.data) : null, at,
  })));
}

/** Adds followers of a request; people already following are left as they are. */
export async function addFollowers(tx: Tx, schoolId: number, requestId: number, userIds: number[], at: string): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await insertRows(tx, 'repair_request_followers', unique.map((userId) => ({ request_id: requestId, user_id: userId, school_id: schoolId, created_at: at })),
    { onConflictDoNothing: ['request_id', 'user_id'] });
}

export interface ConditionalUpdate<T> {
  id: number;
  schoolId: number;
  /** The status the row must still be in: the state check and the write are one statement. */
  fromStatus: string;
  version: number;
  patch: Updateable<T>;
  /** Audit action, e.g. "assign". */
  action: string;
  label: string;
}

/**
 * UPDATE … WHERE status = ? AND version = ?: of two people acting on the same work order at the
 * same moment exactly one changes it; the other gets 409. Audits the changed fields.
 */
export async function updateWorkOrderIf(tx: Tx, ctx: AuditContext, u: ConditionalUpdate<WorkOrderTable>, at: string) {
  const before = await tx.selectFrom('work_orders').selectAll().where('id', '=', u.id).where('school_id', '=', u.schoolId).executeTakeFirst();
  const after = await tx.updateTable('work_orders')
    .set({ ...u.patch, updated_at: at, version: u.version + 1 })
    .where('id', '=', u.id).where('school_id', '=', u.schoolId).where('status', '=', u.fromStatus).where('version', '=', u.version)
    .returningAll()
    .executeTakeFirst();
  if (!before || !after) throw staleVersion(u.label);
  await recordAudit(tx, ctx, { entity: 'work_order', entityId: u.id, action: u.action, ...diffRows(before, after), schoolId: u.schoolId });
  return after;
}

export async function updateRequestIf(tx: Tx, ctx: AuditContext, u: ConditionalUpdate<RepairRequestTable>, at: string) {
  const before = await tx.selectFrom('repair_requests').selectAll().where('id', '=', u.id).where('school_id', '=', u.schoolId).executeTakeFirst();
  const after = await tx.updateTable('repair_requests')
    .set({ ...u.patch, updated_at: at, version: u.version + 1 })
    .where('id', '=', u.id).where('school_id', '=', u.schoolId).where('status', '=', u.fromStatus).where('version', '=', u.version)
    .returningAll()
    .executeTakeFirst();
  if (!before || !after) throw staleVersion(u.label);
  await recordAudit(tx, ctx, { entity: 'repair_request', entityId: u.id, action: u.action, ...diffRows(before, after), schoolId: u.schoolId });
  return after;
}

/** Ends the current assignment of a work order and opens the next link of the 转单 chain (委外 hops carry the contractor). */
export async function startAssignment(
  tx: Tx,
  a: { schoolId: number; workOrderId: number; assigneeId: number | null; teamId: number | null; contractorId?: number | null; assignedBy: number | null; reason: string | null },
  at: string,
): Promise<void> {
  await tx.updateTable('work_order_assignments').set({ ended_at: at })
    .where('school_id', '=', a.schoolId).where('work_order_id', '=', a.workOrderId).where('ended_at', 'is', null).execute();
  await tx.insertInto('work_order_assignments').values({
    school_id: a.schoolId, work_order_id: a.workOrderId, assignee_id: a.assigneeId, team_id: a.teamId, contractor_id: a.contractorId ?? null, assigned_by: a.assignedBy,
    reason: a.reason, assigned_at: at, ended_at: null,
  }).execute();
}

/** Records who now holds a team job after a member claimed it, without starting a new link. */
export async function claimAssignment(tx: Tx, schoolId: number, workOrderId: number, userId: number): Promise<void> {
  await tx.updateTable('work_order_assignments').set({ assignee_id: userId })
    .where('school_id', '=', schoolId).where('work_order_id', '=', workOrderId).where('ended_at', 'is', null).where('assignee_id', 'is', null).execute();
}
