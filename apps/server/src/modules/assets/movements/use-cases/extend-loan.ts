import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField } from '../../../../platform/http/errors.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { type MovementWrite, runMovementWrite } from '../movement-context.js';
import { movementNotices } from '../movements.notices.js';
import type { MovementRow } from '../movements.repository.js';
import type { ExtendBody } from '../movements.schemas.js';
import { closeOpenExtensionRequest } from './extension-request-state.js';
import { addStep, assetIdsOf, documentForStep, setMovementStatus, stepOnTimeline, subjectOf } from './movement-doc.js';

/**
 * A new due date for a lent loan must be a real date after the current one and not before the
 * school's today; 400 on `field` otherwise. Returns the current due date (the extension's "from").
 */
export function checkNewDueDate(w: MovementWrite, row: MovementRow, to: string, field: string, label: string): string {
  if (!isRealDate(to)) throw invalidField(field, `「${label}」不是有效日期`);
  const from = row.due_date ?? w.today;
  if (to <= from) throw invalidField(field, `「${label}」应晚于原期限 ${from}`);
  if (to < w.today) throw invalidField(field, `「${label}」不能早于今天（${w.today}）`);
  return from;
}

/**
 * Moves the loan's due date to `to` at `version`: the chain of extensions, the step log, each
 * card's timeline, and a notice to the borrower. A 申请续借 still waiting is overtaken and lapses.
 */
export async function extendInTx(w: MovementWrite, row: MovementRow, version: number, to: string, reason: string, stepNote: string | null = null): Promise<void> {
  const from = row.due_date ?? w.today;
  await setMovementStatus(w, row, version, { due_date: to }, 'extend');
  await w.tx.insertInto('asset_loan_extensions').values({
    school_id: w.schoolId, movement_id: row.id, from_date: from, to_date: to, reason, actor_id: w.actor.userId, actor_name: w.actor.name, at: w.at,
  }).execute();
  const note = `归还期限 ${from} → ${to}；${stepNote ?? reason}`;
  await addStep(w, row.id, 'extend', note);
  await stepOnTimeline(w, row, await assetIdsOf(w, row.id), 'extend', note);
  await closeOpenExtensionRequest(w, row.id, '保管员已直接办理续借');
  const borrower = row.to_custodian_id;
  if (borrower !== null && borrower !== w.actor.userId) {
    await movementNotices(w.tx, w.schoolId, w.outbox).extended([borrower], await subjectOf(w, row), w.actor.name, to, reason);
  }
}

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
    checkNewDueDate(w, row, body.dueDate, 'dueDate', '新的归还期限');
    await extendInTx(w, row, body.version, body.dueDate, reason);
  });
}
