import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { runRepairWrite } from '../repair-context.js';
import { repairNotices } from '../repairs.notices.js';
import { followersOf } from '../repairs.repository.js';
import type { DeclineBody } from '../requests.schemas.js';
import { addEvents, updateRequestIf } from '../writes.repository.js';
import { cancelUnstartedWorkOrder, loadRequestFor } from './request-action.js';
import { requiredText } from './required-text.js';
import { subjectOf } from './work-order-action.js';

/** 驳回 (不予受理) with a reason the requester sees; a work order nobody has accepted yet is cancelled. */
export async function declineRequest(db: Kysely<Database>, actor: Actor, id: number, body: DeclineBody): Promise<void> {
  const reason = requiredText(body.reason, 'reason', '驳回原因');
  await runRepairWrite(db, actor, async (c) => {
    const row = await loadRequestFor(c, id, 'decline', body.version);
    await updateRequestIf(c.tx, c.audit, {
      id, schoolId: c.schoolId, fromStatus: row.status, version: row.version,
      patch: { status: 'declined', decline_reason: reason, closed_at: c.at }, action: 'decline', label: '报修单',
    }, c.at);
    await cancelUnstartedWorkOrder(c, row, `报修单被驳回：${reason}`);
    await addEvents(c.tx, c.schoolId, c.audit, c.at, [{ requestId: id, workOrderId: row.wo_id, kind: 'declined', fromStatus: row.status, toStatus: 'declined', note: reason }]);
    const to = (await followersOf(c.tx, c.schoolId, [id])).map((f) => f.user_id);
    if (row.assignee_id !== null) to.push(row.assignee_id);
    await repairNotices(c.tx, c.schoolId, c.outbox).declined(to.filter((u) => u !== actor.userId), subjectOf(row), reason);
  });
}
