import type { Selectable } from 'kysely';
import type { RepairRequestTable, WorkOrderTable } from '../../../platform/db/schema-repairs.js';
import type { RequestItem } from '../repairs.repository.js';
import type { DispatchTarget } from './resolve-target.js';

/** What a new report knows about itself once written: its rows and the names it looked up on the way. */
export interface WrittenRequest {
  request: Selectable<RepairRequestTable>;
  requesterName: string;
  categoryName: string;
  room: { name: string; floor: number | null; buildingName: string | null } | null;
  asset: { name: string; code: string } | null;
  workOrder: Selectable<WorkOrderTable> | null;
  target: DispatchTarget | null;
}

/**
 * The list row of a report just written, as the read path (withItemColumns) would return it after
 * commit. Submitting is the busiest write; answering from what it wrote spares reading the row back
 * through eleven joins. A new work order has no contractor yet. `cancel_reason` is the work order's,
 * as in the read path, where its column comes after the request's of the same name.
 */
export function writtenItem(w: WrittenRequest): RequestItem {
  const rr = w.request;
  const wo = w.workOrder;
  return {
    id: rr.id, school_id: rr.school_id, requester_id: rr.requester_id, requester_name: w.requesterName, room_id: rr.room_id,
    room_name: w.room?.name ?? null, room_floor: w.room?.floor ?? null, location_text: rr.location_text, campus_id: rr.campus_id,
    building_id: rr.building_id, building_name: w.room?.buildingName ?? null, category_id: rr.category_id, category_name: w.categoryName,
    description: rr.description, urgency: rr.urgency, preferred_at: rr.preferred_at, status: rr.status, merged_into_id: rr.merged_into_id,
    decline_reason: rr.decline_reason, repeat_of_id: rr.repeat_of_id, reported_at: rr.reported_at,
    closed_at: rr.closed_at, version: rr.version,
    wo_id: wo?.id ?? null, wo_status: wo?.status ?? null, assignee_id: wo?.assignee_id ?? null, assignee_name: w.target?.assigneeName ?? null,
    team_id: wo?.team_id ?? null, team_name: w.target?.teamName ?? null, assigned_at: wo?.assigned_at ?? null, accepted_at: wo?.accepted_at ?? null,
    started_at: wo?.started_at ?? null, paused_at: wo?.paused_at ?? null, pause_reason: wo?.pause_reason ?? null, completed_at: wo?.completed_at ?? null,
    confirmed_at: wo?.confirmed_at ?? null, auto_confirmed: wo?.auto_confirmed ?? null, cancelled_at: wo?.cancelled_at ?? null,
    cancel_reason: wo?.cancel_reason ?? null, paused_minutes: wo?.paused_minutes ?? null, respond_due_at: wo?.respond_due_at ?? null,
    resolve_due_at: wo?.resolve_due_at ?? null, reopen_count: wo?.reopen_count ?? null, labor_minutes: wo?.labor_minutes ?? null,
    cost_fen: wo?.cost_fen ?? null, completion_note: wo?.completion_note ?? null, rating: wo?.rating ?? null, rating_comment: wo?.rating_comment ?? null,
    wo_version: wo?.version ?? null, contractor_id: wo?.contractor_id ?? null, contractor_name: null, quote_fen: wo?.quote_fen ?? null,
    asset_id: rr.asset_id, asset_name: w.asset?.name ?? null, asset_code: w.asset?.code ?? null, source: rr.source,
    maintenance_occurrence_id: rr.maintenance_occurrence_id,
  };
}
