import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { runRepairWrite } from '../repair-context.js';
import { isRequestOpen } from '../repair-request.state.js';
import { requestCode } from '../repairs.labels.js';
import { repairNotices } from '../repairs.notices.js';
import { findItemByRequest, followersOf } from '../repairs.repository.js';
import type { MergeBody } from '../requests.schemas.js';
import { addEvents, addFollowers, updateRequestIf } from '../writes.repository.js';
import { cancelUnstartedWorkOrder, loadRequestFor } from './request-action.js';
import { optionalText } from './required-text.js';
import { subjectOf } from './work-order-action.js';

/**
 * 合并: a duplicate report joins the request already handling the same fault. Its requester (and
 * everyone following it) now follows that request; its photos and comments show there; a work
 * order nobody has accepted yet is cancelled.
 */
export async function mergeRequest(db: Kysely<Database>, actor: Actor, id: number, body: MergeBody): Promise<void> {
  if (body.targetId === id) throw invalidField('targetId', '不能把报修单合并到它自己');
  const note = optionalText(body.note);
  await runRepairWrite(db, actor, async (c) => {
    const row = await loadRequestFor(c, id, 'merge', body.version);
    const target = await findItemByRequest(c.tx, { schoolIds: [c.schoolId], own: null }, body.targetId);
    if (!target) throw invalidField('targetId', '「合并到的报修单」不存在');
    if (!isRequestOpen(target.status, target.wo_status)) throw invalidField('targetId', `报修单 ${requestCode(target.id)} 已结束处理，不能合并到它`);
    await updateRequestIf(c.tx, c.audit, {
      id, schoolId: c.schoolId, fromStatus: row.status, version: row.version,
      patch: { status: 'merged', merged_into_id: target.id, closed_at: c.at }, action: 'merge', label: '报修单',
    }, c.at);
    await cancelUnstartedWorkOrder(c, row, `已合并到报修单 ${requestCode(target.id)}`);
    // Requests merged into this one earlier follow it to the target, so nothing is left behind.
    const children = await c.tx.selectFrom('repair_requests').select('id').where('school_id', '=', c.schoolId).where('merged_into_id', '=', id).execute();
    if (children.length) {
      await c.tx.updateTable('repair_requests').set({ merged_into_id: target.id }).where('school_id', '=', c.schoolId).where('merged_into_id', '=', id).execute();
      for (const child of children) {
        await recordAudit(c.tx, c.audit, { entity: 'repair_request', entityId: child.id, action: 'merge', before: { merged_into_id: id }, after: { merged_into_id: target.id }, schoolId: c.schoolId });
      }
    }
    const followers = (await followersOf(c.tx, c.schoolId, [id])).map((f) => f.user_id);
    await addFollowers(c.tx, c.schoolId, target.id, followers, c.at);
    await addEvents(c.tx, c.schoolId, c.audit, c.at, [
      { requestId: id, workOrderId: row.wo_id, kind: 'merged', fromStatus: row.status, toStatus: 'merged', note, data: { targetRequestId: target.id, targetRequestCode: requestCode(target.id) } },
      { requestId: target.id, workOrderId: target.wo_id, kind: 'merged_in', note, data: { targetRequestId: id, targetRequestCode: requestCode(id) } },
    ]);
    await repairNotices(c.tx, c.schoolId, c.outbox).merged(followers.filter((u) => u !== actor.userId), subjectOf(row), target.id);
  });
}
