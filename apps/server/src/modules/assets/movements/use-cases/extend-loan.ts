import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField } from '../../../../platform/http/errors.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { runMovementWrite } from '../movement-context.js';
import { movementNotices } from '../movements.notices.js';
import type { ExtendBody } from '../movements.schemas.js';
import { addStep, assetIdsOf, documentForStep, setMovementStatus, stepOnTimeline, subjectOf } from './movement-doc.js';

/**
 * 续借: the storekeeper moves a lent loan's due date later, with a reason. The old and new dates go
 * to the loan's chain of extensions, its step log and each card's timeline; the borrower is told.
 * An overdue loan extended is no longer overdue, and the overdue job (which picks loans whose due
 * date has passed) stays quiet until the new date has passed.
 */
export async function extendLoan(db: Kysely<Database>, actor: Actor, id: number, body: ExtendBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'extend', '续借');
    const reason = body.reason.trim();
    if (!reason) throw invalidField('reason', '请填写「续借理由」');
    const to = body.dueDate;
    if (!isRealDate(to)) throw invalidField('dueDate', '「新的归还期限」不是有效日期');
    const from = row.due_date ?? w.today;
    if (to <= from) throw invalidField('dueDate', `「新的归还期限」应晚于原期限 ${from}`);
    if (to < w.today) throw invalidField('dueDate', `「新的归还期限」不能早于今天（${w.today}）`);

    await setMovementStatus(w, row, body.version, { due_date: to }, 'extend');
    await w.tx.insertInto('asset_loan_extensions').values({
      school_id: w.schoolId, movement_id: row.id, from_date: from, to_date: to, reason, actor_id: w.actor.userId, actor_name: w.actor.name, at: w.at,
    }).execute();
    const note = `归还期限 ${from} → ${to}；${reason}`;
    await addStep(w, row.id, 'extend', note);
    await stepOnTimeline(w, row, await assetIdsOf(w, row.id), 'extend', note);
    const borrower = row.to_custodian_id;
    if (borrower !== null && borrower !== w.actor.userId) {
      await movementNotices(w.tx, w.schoolId, w.outbox).extended([borrower], await subjectOf(w, row), w.actor.name, to, reason);
    }
  });
}
