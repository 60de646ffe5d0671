import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField, notFound } from '../../../platform/http/errors.js';
import { loadSchoolCalendar } from '../../calendar/load-school-calendar.js';
import { activeContractorAccountIds, findContractor } from '../contractors/contractors.repository.js';
import type { OutsourceBody } from '../contractors/contractors.schemas.js';
import { runRepairWrite } from '../repair-context.js';
import { URGENCY_LABELS, type Urgency } from '../repairs.labels.js';
import { repairNotices } from '../repairs.notices.js';
import { teamMemberIds } from '../settings.repository.js';
import { startAssignment } from '../writes.repository.js';
import { optionalText } from './required-text.js';
import { applyWorkOrderAction, loadWorkOrderFor, subjectOf } from './work-order-action.js';

/**
 * 委外: a dispatcher hands a job that has not been started to a contractor (外包单位), with its
 * quote (报价) and a note. Any account of the contractor may accept it; the 转单 chain records
 * the hop with the note as its reason. Whoever held it before is told, and can no longer act.
 */
export async function outsourceWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: OutsourceBody): Promise<number> {
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'outsource', body.version);
    const contractor = await findContractor(c.tx, c.schoolId, body.contractorId);
    if (!contractor) throw notFound('外包单位');
    if (contractor.active !== 1) throw invalidField('contractorId', `外包单位「${contractor.name}」已停用`);
    if (row.contractor_id === contractor.id) throw invalidField('contractorId', `工单已委外给「${contractor.name}」，无需再次委外`);
    const note = optionalText(body.note);
    const quoteFen = body.quoteFen ?? null;
    await applyWorkOrderAction(c, row, 'outsource', {
      contractor_id: contractor.id, quote_fen: quoteFen, assignee_id: null, team_id: null, assigned_at: c.at,
    }, { kind: 'outsourced', note, data: { contractorId: contractor.id, contractorName: contractor.name, ...(quoteFen !== null ? { quoteFen } : {}) } });
    await startAssignment(c.tx, {
      schoolId: c.schoolId, workOrderId: row.wo_id, assigneeId: null, teamId: null, contractorId: contractor.id, assignedBy: actor.userId, reason: note ?? '委外',
    }, c.at);
    const cal = await loadSchoolCalendar(c.tx, c.schoolId);
    const notices = repairNotices(c.tx, c.schoolId, c.outbox);
    const subject = subjectOf(row);
    const to = await activeContractorAccountIds(c.tx, c.schoolId, contractor.id);
    await notices.assigned(to, subject, URGENCY_LABELS[row.urgency as Urgency] ?? row.urgency, formatLocalTime(row.respond_due_at, cal.timezone));
    const before = row.assignee_id !== null ? [row.assignee_id] : row.team_id !== null ? await teamMemberIds(c.tx, c.schoolId, row.team_id) : [];
    const away = before.filter((u) => u !== actor.userId);
    if (away.length) await notices.reassignedAway(away, subject, `委外给「${contractor.name}」${note ? `：${note}` : ''}`);
    return row.wo_id;
  });
}
