import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { runMovementWrite } from '../movement-context.js';
import { movementNotices } from '../movements.notices.js';
import type { RejectBody, StepBody } from '../movements.schemas.js';
import { addStep, assetIdsOf, documentForStep, releaseCards, setMovementStatus, stepOnTimeline, subjectOf } from './movement-doc.js';
import { announceApproval, currentCards, submitInTx } from './submit-movement.js';

const noteOf = (body: { note?: string | undefined }) => body.note?.trim() || null;

/** 提交 a draft (see submitInTx for who is told and when approval is skipped). */
export async function submitMovement(db: Kysely<Database>, actor: Actor, id: number, body: StepBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'submit', '提交');
    await submitInTx(w, row, body.version);
  });
}

/**
 * 审批通过 (asset_movement:approve, never one's own request). The cards are checked again: one
 * that went to disposal since submission stops the approval. Two approvers at once: the second
 * finds the version moved on and gets 409.
 */
export async function approveMovement(db: Kysely<Database>, actor: Actor, id: number, body: StepBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'approve', '审批');
    const cards = await currentCards(w, row);
    await setMovementStatus(w, row, body.version, { status: 'approved' }, 'approve');
    await addStep(w, row.id, 'approve', noteOf(body));
    await stepOnTimeline(w, row, cards.map((c) => c.id), 'approve', noteOf(body));
    await announceApproval(w, { ...row, status: 'approved' });
  });
}

/** 驳回: by the approver, by the storekeeper (退库), or by the receiver refusing a transfer (拒收). Frees the cards. */
export async function rejectMovement(db: Kysely<Database>, actor: Actor, id: number, body: RejectBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'reject', '驳回');
    const reason = body.reason.trim();
    await setMovementStatus(w, row, body.version, { status: 'rejected', closed_at: w.at }, 'reject');
    await releaseCards(w, row.id);
    await addStep(w, row.id, 'reject', reason);
    await stepOnTimeline(w, row, await assetIdsOf(w, row.id), 'reject', reason);
    if (row.requester_id !== w.actor.userId) {
      await movementNotices(w.tx, w.schoolId, w.outbox).rejected([row.requester_id], await subjectOf(w, row), w.actor.name, reason);
    }
  });
}

/** 撤销 by the requester or a manager, any time before the cards have moved. Frees the cards. */
export async function cancelMovement(db: Kysely<Database>, actor: Actor, id: number, body: StepBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'cancel', '撤销');
    await setMovementStatus(w, row, body.version, { status: 'cancelled', closed_at: w.at }, 'cancel');
    await releaseCards(w, row.id);
    await addStep(w, row.id, 'cancel', noteOf(body));
    if (row.status !== 'draft') await stepOnTimeline(w, row, await assetIdsOf(w, row.id), 'cancel', noteOf(body));
  });
}
