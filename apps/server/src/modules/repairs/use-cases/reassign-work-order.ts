import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { loadSchoolCalendar } from '../../calendar/load-school-calendar.js';
import { runRepairWrite } from '../repair-context.js';
import { URGENCY_LABELS, type Urgency } from '../repairs.labels.js';
import { repairNotices } from '../repairs.notices.js';
import { teamMemberIds } from '../settings.repository.js';
import { extendForStandstill } from '../sla-clock.js';
import type { ReassignBody } from '../work-orders.schemas.js';
import { startAssignment } from '../writes.repository.js';
import { dataOf } from './create-work-order.js';
import { resolveTarget } from './resolve-target.js';
import { requiredText } from './required-text.js';
import { applyWorkOrderAction, loadWorkOrderFor, subjectOf } from './work-order-action.js';

/**
 * 转单: hands a job to another technician or team with a reason; the chain of assignments is
 * kept. A paused job resumes its clock (the pause did not count) and waits for the new person
 * to accept it. The previous technician is told, and can no longer act on it.
 */
export async function reassignWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: ReassignBody): Promise<number> {
  return runRepairWrite(db, actor, async (c) => {
    const reason = requiredText(body.reason, 'reason', '转单原因');
    const row = await loadWorkOrderFor(c, id, 'reassign', body.version);
    const target = await resolveTarget(c.tx, c.schoolId, body);
    if (row.contractor_id === null && (target.assigneeId !== null ? target.assigneeId === row.assignee_id : target.teamId === row.team_id && row.assignee_id === null)) {
      throw invalidField(target.assigneeId !== null ? 'assigneeId' : 'teamId', '工单已由所选人员（班组）负责，无需转单');
    }
    const cal = await loadSchoolCalendar(c.tx, c.schoolId);
    let resume = {};
    if (row.wo_status === 'paused' && row.paused_at) {
      const ext = extendForStandstill(cal, new Date(row.resolve_due_at), new Date(row.paused_at), c.now);
      resume = { resolve_due_at: ext.dueAt.toISOString(), paused_minutes: (row.paused_minutes ?? 0) + Math.round(ext.minutes), paused_at: null, pause_reason: null };
    }
    // Taking a job back in-house ends the outsourcing: the contractor no longer sees it, its quote no longer applies.
    const inHouse = { contractor_id: null, quote_fen: null };
    await applyWorkOrderAction(c, row, 'reassign', { assignee_id: target.assigneeId, team_id: target.teamId, assigned_at: c.at, ...inHouse, ...resume }, {
      kind: 'reassigned', note: reason, ...dataOf(target),
    });
    await startAssignment(c.tx, { schoolId: c.schoolId, workOrderId: row.wo_id, assigneeId: target.assigneeId, teamId: target.teamId, assignedBy: actor.userId, reason: reason }, c.at);
    const notices = repairNotices(c.tx, c.schoolId, c.outbox);
    const subject = subjectOf(row);
    const to = target.assigneeId !== null ? [target.assigneeId] : await teamMemberIds(c.tx, c.schoolId, target.teamId ?? 0);
    await notices.assigned(to, subject, URGENCY_LABELS[row.urgency as Urgency] ?? row.urgency, formatLocalTime(row.respond_due_at, cal.timezone));
    if (row.assignee_id !== null && row.assignee_id !== actor.userId) await notices.reassignedAway([row.assignee_id], subject, reason);
    return row.wo_id;
  });
}
