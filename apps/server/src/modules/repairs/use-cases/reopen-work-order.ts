import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { loadSchoolCalendar } from '../../calendar/load-school-calendar.js';
import { runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import { extendForStandstill } from '../sla-clock.js';
import type { ReopenBody } from '../work-orders.schemas.js';
import { requiredText } from './required-text.js';
import { applyWorkOrderAction, loadWorkOrderFor, subjectOf } from './work-order-action.js';

/**
 * 退回返修: the requester says it is not fixed. The job goes back to the same technician; the
 * time it waited for acceptance does not count against the resolution deadline.
 */
export async function reopenWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: ReopenBody): Promise<number> {
  const reason = requiredText(body.reason, 'reason', '退回原因');
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'reopen', body.version);
    const cal = await loadSchoolCalendar(c.tx, c.schoolId);
    const ext = extendForStandstill(cal, new Date(row.resolve_due_at), new Date(row.completed_at ?? c.at), c.now);
    await applyWorkOrderAction(c, row, 'reopen', {
      completed_at: null, auto_confirm_at: null, reopen_count: (row.reopen_count ?? 0) + 1,
      resolve_due_at: ext.dueAt.toISOString(), paused_minutes: (row.paused_minutes ?? 0) + Math.round(ext.minutes),
    }, { kind: 'reopened', note: reason });
    if (row.assignee_id !== null) await repairNotices(c.tx, c.schoolId, c.outbox).reopened([row.assignee_id], subjectOf(row), reason);
    return row.wo_id;
  });
}
