import { recordAssetEvents } from '../../asset-links.js';
import { type MovementCard, assertCardsMovable, loadCards } from '../movement-cards.js';
import type { MovementWrite } from '../movement-context.js';
import { usersWithPermission } from '../movement-people.js';
import { movementNotices } from '../movements.notices.js';
import { type MovementRow, roomResponsibleIds } from '../movements.repository.js';
import { movementSettingsOf } from './movement-settings.js';
import { EVENT_KIND, addStep, assetIdsOf, kindOf, setMovementStatus, stepOnTimeline, subjectOf } from './movement-doc.js';

/** Cards of the document as they are now, blocked ones refused (a card may have gone to disposal since). */
export async function currentCards(w: MovementWrite, row: MovementRow): Promise<MovementCard[]> {
  const ids = await assetIdsOf(w, row.id);
  const found = await loadCards(w.tx, w.schoolId, ids);
  const cards = ids.map((id) => found.get(id)).filter((c): c is MovementCard => c !== undefined);
  assertCardsMovable(kindOf(row), cards);
  return cards;
}

/** Who hears that a transfer waits for receipt: the receiving person, else whoever answers for the room, else the managers. */
export async function receiversOf(w: MovementWrite, row: Pick<MovementRow, 'to_custodian_id' | 'to_room_id'>): Promise<number[]> {
  if (row.to_custodian_id !== null) return [row.to_custodian_id];
  const responsible = row.to_room_id === null ? [] : await roomResponsibleIds(w.tx, w.schoolId, row.to_room_id);
  return responsible.length ? responsible : usersWithPermission(w.tx, w.schoolId, 'asset_movement', 'update', true);
}

/** After approval (or when none is needed): the receiver of a transfer, or the storekeeper of a loan, is told. */
export async function announceApproval(w: MovementWrite, row: MovementRow): Promise<void> {
  const notices = movementNotices(w.tx, w.schoolId, w.outbox);
  const subject = await subjectOf(w, row);
  if (row.kind === 'transfer') {
    await notices.toReceive((await receiversOf(w, row)).filter((id) => id !== w.actor.userId), subject);
  } else if (row.kind === 'loan') {
    const managers = await usersWithPermission(w.tx, w.schoolId, 'asset_movement', 'update', true);
    await notices.toLend(managers.filter((id) => id !== w.actor.userId), subject, row.to_custodian_name ?? '');
    if (row.requester_id !== w.actor.userId) await notices.approved([row.requester_id], subject);
  }
}

/**
 * 提交: a store return waits for the storekeeper; a transfer or loan waits for approval, unless
 * every card is a 低值耐用品 and the school lets those through without it (then it is approved now).
 */
export async function submitInTx(w: MovementWrite, row: MovementRow, version: number): Promise<void> {
  const cards = await currentCards(w, row);
  const notices = movementNotices(w.tx, w.schoolId, w.outbox);
  const subject = await subjectOf(w, row);
  const lowValueOnly = cards.every((c) => c.accountingClass === 'low_value');
  if (row.kind === 'store_return') {
    await setMovementStatus(w, row, version, { status: 'submitted', needs_approval: 0, low_value_only: lowValueOnly ? 1 : 0, submitted_at: w.at }, 'submit');
    await addStep(w, row.id, 'submit', null);
    await stepOnTimeline(w, row, cards.map((c) => c.id), 'submit', null);
    const managers = await usersWithPermission(w.tx, w.schoolId, 'asset_movement', 'update', true);
    await notices.toConfirmStore(managers.filter((id) => id !== w.actor.userId), subject, w.actor.name);
    return;
  }
  const settings = await movementSettingsOf(w.tx, w.schoolId);
  const needsApproval = !(lowValueOnly && !settings.lowValueNeedsApproval);
  await setMovementStatus(w, row, version, {
    status: needsApproval ? 'submitted' : 'approved', needs_approval: needsApproval ? 1 : 0, low_value_only: lowValueOnly ? 1 : 0, submitted_at: w.at,
  }, 'submit');
  await addStep(w, row.id, 'submit', null);
  if (needsApproval) {
    await stepOnTimeline(w, row, cards.map((c) => c.id), 'submit', null);
    const approvers = await usersWithPermission(w.tx, w.schoolId, 'asset_movement', 'approve');
    await notices.toApprove(approvers.filter((id) => id !== row.requester_id), subject, w.actor.name);
    return;
  }
  await addStep(w, row.id, 'auto_approve', '全部为低值耐用品，按学校设置免审批');
  await recordAssetEvents(w.tx, w.schoolId, w.audit, cards.map((c) => ({
    assetId: c.id, kind: EVENT_KIND[kindOf(row)], note: `${row.code}：提交，低值耐用品免审批`, data: { movementId: row.id, code: row.code, step: 'auto_approve' },
  })));
  await announceApproval(w, { ...row, status: 'approved' });
}
