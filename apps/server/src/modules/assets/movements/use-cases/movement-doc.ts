import type { Actor } from '../../../../platform/authz/actor.js';
import { forbidden, staleVersion, notFound } from '../../../../platform/http/errors.js';
import { updateAudited } from '../../../../platform/db/audited-writes.js';
import { recordAssetEvents } from '../../asset-links.js';
import type { MovementWrite } from '../movement-context.js';
import { roomIdsAnsweredBy } from '../movement-context.js';
import { MOVEMENT_FORM, type MovementKind, STEP_LABELS, movementStatusLabel } from '../movements.labels.js';
import { movementError } from '../movements.errors.js';
import type { NoticeSubject } from '../movements.notices.js';
import { movementAbilities, movementScopeOf } from '../movements.policy.js';
import { type MovementRow, findMovementRow, lineSummaries } from '../movements.repository.js';
import type { Abilities } from '../movements.schemas.js';
import { receiverIsMe } from '../movements.presenter.js';

/** The timeline kind of each document's steps (labels in assets.labels.ts). */
export const EVENT_KIND: Record<MovementKind, string> = { transfer: 'movement', loan: 'loan', store_return: 'store_return' };

export function kindOf(row: Pick<MovementRow, 'kind'>): MovementKind {
  return row.kind as MovementKind;
}

/**
 * The document the writer may see in their own school at `version`, and whether they may take
 * `step` now: 404 when hidden, 409 STALE when changed meanwhile, 409 when the step does not fit
 * the status, 403 when it fits but is not theirs to take.
 */
export async function documentForStep(w: MovementWrite, id: number, version: number, step: keyof Abilities, stepLabel: string): Promise<{ row: MovementRow; receiverIsMe: boolean }> {
  const myRooms = await roomIdsAnsweredBy(w.tx, w.schoolId, w.actor.userId);
  const row = await findMovementRow(w.tx, { ...movementScopeOf(w.actor, myRooms), schoolIds: [w.schoolId] }, id);
  if (!row) throw notFound('单据');
  if (row.version !== version) throw staleVersion('单据');
  const mine = receiverIsMe(w.actor, row, myRooms);
  if (!movementAbilities(w.actor, row, { receiverIsMe: mine })[step]) {
    if (!fitsStatus(row, step)) throw movementError('ASSET_MOVEMENT_STATE', stateRefusal(row, step, stepLabel));
    throw forbidden(stepRefusal(w.actor, row, step));
  }
  return { row, receiverIsMe: mine };
}

/** Whether the step belongs to the document's kind and status at all (whoever asks). */
function fitsStatus(row: MovementRow, step: keyof Abilities): boolean {
  const s = row.status;
  switch (step) {
    case 'submit': return s === 'draft';
    case 'approve': return s === 'submitted' && row.kind !== 'store_return';
    case 'reject': return s === 'submitted' || (s === 'approved' && row.kind === 'transfer');
    case 'receive': return (s === 'approved' && row.kind === 'transfer') || (s === 'submitted' && row.kind === 'store_return');
    case 'lend': return s === 'approved' && row.kind === 'loan';
    case 'return': return s === 'lent' && row.kind === 'loan';
    case 'cancel': return s === 'draft' || s === 'submitted' || s === 'approved';
    case 'extend': return s === 'lent' && row.kind === 'loan';
    case 'requestExtension': return s === 'lent' && row.kind === 'loan' && row.pending_request_id === null;
    case 'decideExtension': return s === 'lent' && row.kind === 'loan' && row.pending_request_id !== null;
  }
}

/** The 409 message: the document's status, or what about the loan's 申请续借 stands in the way. */
function stateRefusal(row: MovementRow, step: keyof Abilities, stepLabel: string): string {
  const lent = row.status === 'lent' && row.kind === 'loan';
  if (lent && step === 'requestExtension') return `${row.code} 已有一条续借申请等待保管员处理，请等待处理结果`;
  if (lent && step === 'decideExtension') return `${row.code} 没有等待处理的续借申请`;
  return `${row.code} 当前为「${movementStatusLabel(row.kind, row.status)}」，不能${stepLabel}`;
}

function stepRefusal(actor: Actor, row: MovementRow, step: keyof Abilities): string {
  if (step === 'approve' && row.requester_id === actor.userId) return '不能审批自己提交的单据';
  if (step === 'receive') return row.kind === 'store_return' ? '只有保管员可以确认退库' : '只有接收人或保管员可以确认接收';
  if (step === 'lend' || step === 'return') return '只有保管员可以办理借出和归还';
  if (step === 'extend') return '只有保管员可以办理续借，借用人请在手机上「申请续借」';
  if (step === 'requestExtension') return '只有借用人本人可以申请续借';
  if (step === 'decideExtension') return '只有保管员可以处理续借申请';
  return '没有权限执行此操作';
}

/** Moves the document to its next status at `version` (audited). */
export async function setMovementStatus(w: MovementWrite, row: MovementRow, version: number, patch: Record<string, unknown>, action: string): Promise<void> {
  await updateAudited(w.tx, w.audit, {
    table: 'asset_movements', entity: 'asset_movement', label: '单据', id: row.id, schoolIds: [w.schoolId], version, patch, action,
  });
}

/** Appends to the document's step log (append-only: the audit trail of the paper form). */
export async function addStep(w: MovementWrite, movementId: number, action: string, note: string | null): Promise<void> {
  await w.tx.insertInto('asset_movement_steps').values({
    school_id: w.schoolId, movement_id: movementId, action, actor_id: w.actor.userId, actor_name: w.actor.name, note, at: w.at,
  }).execute();
}

/** Frees the cards of a closed document for the next one. */
export async function releaseCards(w: MovementWrite, movementId: number): Promise<void> {
  await w.tx.updateTable('asset_movement_lines').set({ open_asset_id: null }).where('school_id', '=', w.schoolId).where('movement_id', '=', movementId).execute();
}

/** Puts a step that does not move the cards (提交, 审批, 驳回, 撤销) on each card's timeline. */
export async function stepOnTimeline(w: MovementWrite, row: MovementRow, assetIds: number[], action: string, note: string | null): Promise<void> {
  const text = `${MOVEMENT_FORM[kindOf(row)].title.replace('资产', '')} ${row.code}：${STEP_LABELS[action] ?? action}${note ? `（${note}）` : ''}`;
  await recordAssetEvents(w.tx, w.schoolId, w.audit, assetIds.map((assetId) => ({ assetId, kind: EVENT_KIND[kindOf(row)], note: text, data: { movementId: row.id, code: row.code, step: action } })));
}

export async function assetIdsOf(w: MovementWrite, movementId: number): Promise<number[]> {
  const rows = await w.tx.selectFrom('asset_movement_lines').select('asset_id').where('school_id', '=', w.schoolId).where('movement_id', '=', movementId).orderBy('id').execute();
  return rows.map((r) => r.asset_id);
}

export async function subjectOf(w: MovementWrite, row: MovementRow): Promise<NoticeSubject> {
  const summary = (await lineSummaries(w.tx, [w.schoolId], [row.id])).get(row.id)?.summary ?? '';
  return { id: row.id, code: row.code, kind: kindOf(row), summary, reason: row.reason };
}
