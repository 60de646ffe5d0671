import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import { followersOf } from '../repairs.repository.js';
import type { CancelBody } from '../work-orders.schemas.js';
import { updateRequestIf } from '../writes.repository.js';
import { requiredText } from './required-text.js';
import { applyWorkOrderAction, loadWorkOrderFor, subjectOf } from './work-order-action.js';

/** 取消工单 by a dispatcher, with a reason the requester and the technician are told; the request is closed. */
export async function cancelWorkOrder(db: Kysely<Database>, actor: Actor, id: number, body: CancelBody): Promise<number> {
  const reason = requiredText(body.reason, 'reason', '取消原因');
  return runRepairWrite(db, actor, async (c) => {
    const row = await loadWorkOrderFor(c, id, 'cancel', body.version);
    await applyWorkOrderAction(c, row, 'cancel', { cancelled_at: c.at, cancel_reason: reason, paused_at: null }, { kind: 'cancelled', note: reason });
    await updateRequestIf(c.tx, c.audit, {
      id: row.id, schoolId: c.schoolId, fromStatus: row.status, version: row.version, patch: { closed_at: c.at }, action: 'close', label: '报修单',
    }, c.at);
    await c.tx.updateTable('work_order_assignments').set({ ended_at: c.at })
      .where('school_id', '=', c.schoolId).where('work_order_id', '=', row.wo_id).where('ended_at', 'is', null).execute();
    const followers = (await followersOf(c.tx, c.schoolId, [row.id])).map((f) => f.user_id);
    const to = [...followers, ...(row.assignee_id !== null ? [row.assignee_id] : [])].filter((u) => u !== actor.userId);
    await repairNotices(c.tx, c.schoolId, c.outbox).cancelled(to, subjectOf(row), reason);
    return row.wo_id;
  });
}
