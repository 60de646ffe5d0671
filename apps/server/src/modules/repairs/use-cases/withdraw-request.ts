import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import type { WithdrawBody } from '../requests.schemas.js';
import { addEvents, updateRequestIf } from '../writes.repository.js';
import { cancelUnstartedWorkOrder, loadRequestFor } from './request-action.js';
import { optionalText } from './required-text.js';
import { subjectOf } from './work-order-action.js';

/** 撤回: the requester withdraws a report (fixed itself, reported by mistake) before work has started. */
export async function withdrawRequest(db: Kysely<Database>, actor: Actor, id: number, body: WithdrawBody): Promise<void> {
  const reason = optionalText(body.reason);
  await runRepairWrite(db, actor, async (c) => {
    const row = await loadRequestFor(c, id, 'cancel', body.version);
    await updateRequestIf(c.tx, c.audit, {
      id, schoolId: c.schoolId, fromStatus: row.status, version: row.version,
      patch: { status: 'cancelled', cancel_reason: reason, closed_at: c.at }, action: 'withdraw', label: '报修单',
    }, c.at);
    await cancelUnstartedWorkOrder(c, row, reason ? `报修人撤回：${reason}` : '报修人撤回');
    await addEvents(c.tx, c.schoolId, c.audit, c.at, [{ requestId: id, workOrderId: row.wo_id, kind: 'withdrawn', fromStatus: row.status, toStatus: 'cancelled', note: reason }]);
    if (row.assignee_id !== null) await repairNotices(c.tx, c.schoolId, c.outbox).cancelled([row.assignee_id], subjectOf(row), reason ?? '报修人撤回');
  });
}
