import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound } from '../../../platform/http/errors.js';
import { presentFile } from '../../files/files.presenter.js';
import { assignmentsOf, eventsOf, mergedRequestsOf, partsOf, photosOf } from '../detail.repository.js';
import { presentContextOf, readScopeOf } from '../repair-context.js';
import { requestCode } from '../repairs.labels.js';
import { presentEvent, presentRequest, presentWorkOrder } from '../repairs.presenter.js';
import { type ItemRow, findItemByRequest, findItemByWorkOrder } from '../repairs.repository.js';
import type { RepairRequestDetail, RepairRequestDto, WorkOrderDetail } from '../repairs.schemas.js';
import { loadRepairSettings } from '../settings.repository.js';
import type { Submitted } from './submit-repair-request.js';

type Conn = Kysely<Database> | Tx;

/** Photos, timeline, merged requests, completion and rating: what both detail pages show. */
async function detailParts(db: Conn, actor: Actor, row: ItemRow) {
  const merged = await mergedRequestsOf(db, row.school_id, row.id);
  const requestIds = [row.id, ...merged.map((m) => m.id)];
  const files = await photosOf(db, row.school_id, requestIds, row.wo_id);
  const events = await eventsOf(db, row.school_id, requestIds);
  const parts = row.wo_id !== null ? await partsOf(db, row.school_id, row.wo_id) : [];
  const done = row.completed_at !== null || row.confirmed_at !== null || (row.labor_minutes ?? 0) > 0;
  return {
    photos: files.filter((f) => f.owner_type === 'repair_request').map((f) => presentFile(f, actor)),
    completionPhotos: files.filter((f) => f.owner_type === 'work_order').map((f) => presentFile(f, actor)),
    timeline: events.map(presentEvent),
    mergedRequests: merged.map((m) => ({ id: m.id, code: requestCode(m.id), requesterName: m.requester_name, description: m.description, reportedAt: m.reported_at })),
    completion: done ? {
      laborHours: Math.round(((row.labor_minutes ?? 0) / 60) * 100) / 100, costFen: row.cost_fen ?? 0, note: row.completion_note,
      parts: parts.map((p) => ({ id: p.id, name: p.name, quantity: Number(p.quantity), unit: p.unit, unitCostFen: p.unit_cost_fen })),
    } : null,
    rating: row.rating !== null ? { stars: row.rating, comment: row.rating_comment } : null,
  };
}

/** A request as its detail page shows it; out of reach → 404. */
export async function showRequest(db: Conn, actor: Actor, id: number): Promise<RepairRequestDetail> {
  const { ra, scope } = await readScopeOf(db, actor);
  const row = await findItemByRequest(db, scope, id);
  if (!row) throw notFound('报修单');
  const ctx = await presentContextOf(db, ra, [row.school_id]);
  return { ...presentRequest(ctx, row), ...(await detailParts(db, actor, row)) };
}

/**
 * A new request's summary (no timeline or photos): the answer to submitting it, presented from what
 * was written. The reporter's teams do not matter here: of a work order's buttons a request shows
 * only 验收 and 退回, which are the requester's.
 */
export function presentSubmitted(actor: Actor, s: Submitted): RepairRequestDto {
  const calendars = new Map<number, WorkingCalendar>(s.calendar ? [[s.item.school_id, s.calendar]] : []);
  return presentRequest({ actor, teamIds: [], calendars, now: new Date() }, s.item);
}

/**
 * A work order with its timeline, photos, 转单 chain and the actions this actor may take, plus
 * whether 完工 needs a photo (technicians cannot read the repair settings themselves).
 */
export async function showWorkOrder(db: Conn, actor: Actor, id: number): Promise<WorkOrderDetail> {
  const { ra, scope } = await readScopeOf(db, actor);
  const row = await findItemByWorkOrder(db, scope, id);
  if (!row || row.wo_id === null) throw notFound('工单');
  const ctx = await presentContextOf(db, ra, [row.school_id]);
  const assignments = await assignmentsOf(db, row.school_id, row.wo_id);
  const settings = await loadRepairSettings(db, row.school_id);
  return {
    ...presentWorkOrder(ctx, row), ...(await detailParts(db, actor, row)),
    requesterPhone: row.requester_phone, requestStatus: row.status, requestVersion: row.version,
    completionPhotoRequired: settings.completionPhotoRequired,
    assignments: assignments.map((a) => ({
      id: a.id, assigneeId: a.assignee_id, assigneeName: a.assignee_name, teamId: a.team_id, teamName: a.team_name,
      contractorId: a.contractor_id, contractorName: a.contractor_name,
      assignedById: a.assigned_by, assignedByName: a.assigned_by_name, reason: a.reason, assignedAt: a.assigned_at, endedAt: a.ended_at,
    })),
  };
}
