import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, invalidField } from '../../../platform/http/errors.js';
import { loadSchoolCalendar } from '../../calendar/load-school-calendar.js';
import { runRepairWrite } from '../repair-context.js';
import { URGENCY_LABELS, type Urgency, workOrderCode } from '../repairs.labels.js';
import { repairNotices } from '../repairs.notices.js';
import { teamMemberIds } from '../settings.repository.js';
import type { AssignBody } from '../work-orders.schemas.js';
import { startAssignment } from '../writes.repository.js';
import { dataOf } from './create-work-order.js';
import { resolveTarget } from './resolve-target.js';
import { applyWorkOrderAction, loadWorkOrderFor, subjectOf } from './work-order-action.js';

/**
 * 派单 from the dispatch board: one or many work orders waiting for dispatch go to one technician
 * or team, each at the version the dispatcher saw. All or nothing: if any of them was dispatched
 * by someone else meanwhile, none is changed and the answer is 409 naming that work order.
 */
export async function assignWorkOrders(db: Kysely<Database>, actor: Actor, body: AssignBody): Promise<number[]> {
  const ids = body.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw invalidField('items', '同一工单不能重复出现');
  return runRepairWrite(db, actor, async (c) => {
    const target = await resolveTarget(c.tx, c.schoolId, body);
    const cal = await loadSchoolCalendar(c.tx, c.schoolId);
    const notices = repairNotices(c.tx, c.schoolId, c.outbox);
    const to = target.assigneeId !== null ? [target.assigneeId] : await teamMemberIds(c.tx, c.schoolId, target.teamId ?? 0);
    for (const item of body.items) {
      try {
        const row = await loadWorkOrderFor(c, item.id, 'assign', item.version);
        await applyWorkOrderAction(c, row, 'assign', { assignee_id: target.assigneeId, team_id: target.teamId, assigned_at: c.at }, { kind: 'assigned', ...dataOf(target) });
        await startAssignment(c.tx, { schoolId: c.schoolId, workOrderId: row.wo_id, assigneeId: target.assigneeId, teamId: target.teamId, assignedBy: actor.userId, reason: null }, c.at);
        await notices.assigned(to, subjectOf(row), URGENCY_LABELS[row.urgency as Urgency] ?? row.urgency, formatLocalTime(row.respond_due_at, cal.timezone));
      } catch (err) {
        // In a batch, say which work order stopped it.
        if (err instanceof AppError && body.items.length > 1) throw new AppError(err.code, err.status, `${workOrderCode(item.id)}：${err.message}`, err.fields);
        throw err;
      }
    }
    return ids;
  });
}
