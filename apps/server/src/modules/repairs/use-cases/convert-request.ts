import type { Kysely } from 'kysely';
import { type Actor, requirePermission } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import type { Urgency } from '../repairs.labels.js';
import type { ConvertBody } from '../requests.schemas.js';
import { loadRepairSettings } from '../settings.repository.js';
import { updateRequestIf } from '../writes.repository.js';
import { createWorkOrder } from './create-work-order.js';
import { loadRequestFor } from './request-action.js';
import { subjectOf } from './work-order-action.js';

/** 受理: turns a waiting request into a work order, dispatched to whom the body names, else by the routing rules. */
export async function convertRequest(db: Kysely<Database>, actor: Actor, id: number, body: ConvertBody): Promise<number> {
  if (body.assigneeId !== undefined || body.teamId !== undefined) requirePermission(actor, 'work_order', 'dispatch');
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadRequestFor(c, id, 'convert', body.version);
    await updateRequestIf(c.tx, c.audit, {
      id, schoolId: c.schoolId, fromStatus: row.status, version: row.version, patch: { status: 'converted' }, action: 'convert', label: '报修单',
    }, c.at);
    const settings = await loadRepairSettings(c.tx, c.schoolId);
    const { workOrderId: _none, ...subject } = subjectOf(row);
    const { workOrderId } = await createWorkOrder(c, settings, {
      id, categoryId: row.category_id, roomId: row.room_id, campusId: row.campus_id, buildingId: row.building_id,
      urgency: row.urgency as Urgency, reportedAt: row.reported_at, preferredAt: row.preferred_at, requesterName: row.requester_name, subject,
    }, { assigneeId: body.assigneeId, teamId: body.teamId });
    return workOrderId;
  });
}
