import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { WorkingCalendar } from '../../../platform/calendar/working-calendar.js';
import type { Selectable } from 'kysely';
import { insertAudited } from '../../../platform/db/audited-writes.js';
import type { WorkOrderTable } from '../../../platform/db/schema-repairs.js';
import { rowAs } from '../../calendar/calendar.repository.js';
import { loadSchoolCalendar } from '../../calendar/load-school-calendar.js';
import type { WriteContext } from '../repair-context.js';
import { URGENCY_LABELS, type Urgency } from '../repairs.labels.js';
import { type NoticeSubject, repairNotices } from '../repairs.notices.js';
import { matchRoutingRule } from '../routing.js';
import { type RepairSettings, listRoutingRules, logisticsHeadIds, teamMemberIds } from '../settings.repository.js';
import { slaDueTimes } from '../sla-clock.js';
import { type NewEvent, addEvents, startAssignment } from '../writes.repository.js';
import { type DispatchTarget, resolveTarget } from './resolve-target.js';

export interface RequestForWork {
  id: number;
  categoryId: number;
  roomId: number | null;
  campusId: number | null;
  buildingId: number | null;
  urgency: Urgency;
  reportedAt: string;
  preferredAt: string | null;
  requesterName: string;
  subject: Omit<NoticeSubject, 'workOrderId'>;
}

/**
 * Turns a request into its work order: deadlines from the SLA policy on the school calendar,
 * counted from when it was reported; the job goes to the chosen technician or team, or to the one
 * a routing rule names, or else onto the dispatch board. `earlierEvents` (the report itself) go
 * onto the timeline in the same statement. Returns the work order as written, whom it went to and
 * the calendar it used (for presenting it without reading it back).
 */
export async function createWorkOrder(
  c: WriteContext, settings: RepairSettings, req: RequestForWork, chosen?: { assigneeId?: number | undefined; teamId?: number | undefined }, earlierEvents: NewEvent[] = [],
): Promise<{ workOrderId: number; workOrder: Selectable<WorkOrderTable>; target: DispatchTarget | null; calendar: WorkingCalendar }> {
  const cal = await loadSchoolCalendar(c.tx, c.schoolId, settings.schoolCalendar);
  const due = slaDueTimes(cal, settings.slaPolicy, req.urgency, new Date(req.reportedAt), req.preferredAt ? new Date(req.preferredAt) : null);
  let target: DispatchTarget | null = null;
  let routed = false;
  if (chosen && (chosen.assigneeId !== undefined || chosen.teamId !== undefined)) {
    target = await resolveTarget(c.tx, c.schoolId, chosen);
  } else {
    const rule = matchRoutingRule(await listRoutingRules(c.tx, c.schoolId), req);
    // A rule pointing at someone who has since left is skipped: the job lands on the board instead.
    if (rule) target = await resolveTarget(c.tx, c.schoolId, { assigneeId: rule.assigneeId, teamId: rule.assigneeId === null ? rule.teamId : null }).catch(() => null);
    routed = target !== null;
  }
  const status = target ? 'assigned' : 'pending_dispatch';
  const wo = await insertAudited(c.tx, c.audit, 'work_orders', 'work_order', {
    school_id: c.schoolId, request_id: req.id, category_id: req.categoryId, room_id: req.roomId, campus_id: req.campusId,
    building_id: req.buildingId, urgency: req.urgency, status, assignee_id: target?.assigneeId ?? null, team_id: target?.teamId ?? null,
    assigned_at: target ? c.at : null, respond_due_at: due.respondDueAt.toISOString(), resolve_due_at: due.resolveDueAt.toISOString(),
    paused_minutes: 0, auto_confirmed: 0, reopen_count: 0, labor_minutes: 0, cost_fen: 0,
  });
  const subject = { ...req.subject, workOrderId: wo.id };
  const notices = repairNotices(c.tx, c.schoolId, c.outbox);
  const events: NewEvent[] = [...earlierEvents, { requestId: req.id, workOrderId: wo.id, kind: 'converted', toStatus: 'pending_dispatch' }];
  if (target) {
    await startAssignment(c.tx, { schoolId: c.schoolId, workOrderId: wo.id, assigneeId: target.assigneeId, teamId: target.teamId, assignedBy: routed ? null : c.ra.actor.userId, reason: null }, c.at);
    events.push({ requestId: req.id, workOrderId: wo.id, kind: routed ? 'routed' : 'assigned', fromStatus: 'pending_dispatch', toStatus: 'assigned', ...dataOf(target) });
    const to = target.assigneeId !== null ? [target.assigneeId] : await teamMemberIds(c.tx, c.schoolId, target.teamId ?? 0);
    await notices.assigned(to, subject, URGENCY_LABELS[req.urgency], formatLocalTime(due.respondDueAt.toISOString(), cal.timezone));
  } else {
    await notices.needsDispatch(await logisticsHeadIds(c.tx, c.schoolId), subject, req.requesterName);
  }
  await addEvents(c.tx, c.schoolId, c.audit, c.at, events);
  return { workOrderId: wo.id, workOrder: rowAs<Selectable<WorkOrderTable>>(wo), target, calendar: cal };
}

/** Timeline details of an assignment. */
export function dataOf(t: DispatchTarget): { data: Record<string, unknown> } {
  return { data: t.assigneeId !== null ? { assigneeId: t.assigneeId, assigneeName: t.assigneeName } : { teamId: t.teamId, teamName: t.teamName } };
}
