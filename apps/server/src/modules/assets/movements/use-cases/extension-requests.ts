import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import { insertAudited } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField } from '../../../../platform/http/errors.js';
import { runMovementWrite } from '../movement-context.js';
import { usersWithPermission } from '../movement-people.js';
import { movementError } from '../movements.errors.js';
import { movementNotices } from '../movements.notices.js';
import { openExtensionRequest } from '../movements.repository.js';
import type { DeclineExtensionBody, RequestExtensionBody, StepBody } from '../movements.schemas.js';
import { checkNewDueDate, extendInTx } from './extend-loan.js';
import { EXTENSION_REQUESTS, decideRequest } from './extension-request-state.js';
import { addStep, assetIdsOf, documentForStep, setMovementStatus, stepOnTimeline, subjectOf } from './movement-doc.js';

/**
 * 申请续借: the borrower of a lent loan proposes a later due date with a reason; the storekeepers
 * are told. Only the borrower, only while 借出中, one waiting request per loan (the unique
 * open_movement_id, and the document's version, which the request moves on).
 */
export async function requestExtension(db: Kysely<Database>, actor: Actor, id: number, body: RequestExtensionBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'requestExtension', '申请续借');
    const reason = body.reason.trim();
    if (!reason) throw invalidField('reason', '请填写「续借理由」');
    const from = checkNewDueDate(w, row, body.dueDate, 'dueDate', '希望归还日期');
    await setMovementStatus(w, row, body.version, {}, 'request_extension');
    await insertAudited(w.tx, w.audit, EXTENSION_REQUESTS.table, EXTENSION_REQUESTS.entity, {
      school_id: w.schoolId, movement_id: row.id, open_movement_id: row.id, requester_id: w.actor.userId, requester_name: w.actor.name,
      from_date: from, to_date: body.dueDate, reason, status: 'pending', decided_by_id: null, decided_by_name: null, decided_at: null, decision_note: null,
    });
    const note = `希望归还期限 ${from} → ${body.dueDate}；${reason}`;
    await addStep(w, row.id, 'request_extension', note);
    await stepOnTimeline(w, row, await assetIdsOf(w, row.id), 'request_extension', note);
    const keepers = await usersWithPermission(w.tx, w.schoolId, 'asset_movement', 'update', true);
    await movementNotices(w.tx, w.schoolId, w.outbox).extensionRequested(keepers.filter((u) => u !== w.actor.userId), await subjectOf(w, row), w.actor.name, from, body.dueDate, reason);
  });
}

/**
 * 同意续借: the storekeeper grants the waiting request as asked — the loan is extended to the
 * proposed date exactly as by 续借 (chain, step log, timeline, notice to the borrower). A proposed
 * date that has meanwhile passed cannot be granted (409): decline it, or extend directly.
 */
export async function grantExtension(db: Kysely<Database>, actor: Actor, id: number, body: StepBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'decideExtension', '同意续借');
    const open = await openExtensionRequest(w.tx, w.schoolId, row.id);
    if (!open) throw movementError('ASSET_MOVEMENT_STATE', `${row.code} 没有等待处理的续借申请`);
    if (open.to_date < w.today || (row.due_date !== null && open.to_date <= row.due_date)) {
      throw movementError('ASSET_MOVEMENT_STATE', `申请的归还期限 ${open.to_date} 已不晚于今天或现归还期限，请点「不同意」让借用人重新申请，或直接办理续借`);
    }
    const note = body.note?.trim() || null;
    await decideRequest(w, open, 'granted', note);
    await extendInTx(w, row, body.version, open.to_date, open.reason, `同意 ${open.requester_name} 的续借申请：${open.reason}${note ? `（${note}）` : ''}`);
  });
}

/** 不同意续借: the storekeeper declines the waiting request with a reason; the borrower is told and the due date stays. */
export async function declineExtension(db: Kysely<Database>, actor: Actor, id: number, body: DeclineExtensionBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'decideExtension', '处理续借申请');
    const reason = body.reason.trim();
    if (!reason) throw invalidField('reason', '请填写「不同意的原因」');
    const open = await openExtensionRequest(w.tx, w.schoolId, row.id);
    if (!open) throw movementError('ASSET_MOVEMENT_STATE', `${row.code} 没有等待处理的续借申请`);
    await setMovementStatus(w, row, body.version, {}, 'decline_extension');
    await decideRequest(w, open, 'declined', reason);
    const note = `申请续借至 ${open.to_date}：${reason}`;
    await addStep(w, row.id, 'decline_extension', note);
    await stepOnTimeline(w, row, await assetIdsOf(w, row.id), 'decline_extension', note);
    if (open.requester_id !== w.actor.userId) {
      await movementNotices(w.tx, w.schoolId, w.outbox).extensionDeclined([open.requester_id], await subjectOf(w, row), w.actor.name, row.due_date ?? '', reason);
    }
  });
}
