import type { Actor } from '../../../platform/authz/actor.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { invalidField } from '../../../platform/http/errors.js';
import { assetBase, assetScopeOf, withAssetColumns } from '../assets.repository.js';
import { locationOf } from '../assets.presenter.js';
import { ASSET_STATUS_LABELS, labelOf } from '../assets.labels.js';
import { type MovementKind, labelOfKind } from './movements.labels.js';
import { movementError } from './movements.errors.js';
import { isMovementManager } from './movements.policy.js';
import { busyCards } from './movements.repository.js';

export interface MovementCard {
  id: number; code: string; name: string; status: string; version: number; accountingClass: string;
  custodianId: number | null; departmentId: number | null; roomId: number | null; fromText: string;
}

const cardName = (c: { code: string; name: string }) => `「${c.name}（${c.code}）」`;

/** The cards of the school by id, with who holds them now in words ("张老师 / 教务处 / 教学楼 2层 201"). */
export async function loadCards(tx: Tx, schoolId: number, ids: number[]): Promise<Map<number, MovementCard>> {
  const rows = ids.length === 0 ? [] : await withAssetColumns(assetBase(tx, { schoolIds: [schoolId], own: null }).where('a.id', 'in', ids)).execute();
  return new Map(rows.map((r) => [r.id, {
    id: r.id, code: r.code, name: r.name, status: r.status, version: r.version, accountingClass: r.accounting_class,
    custodianId: r.custodian_id, departmentId: r.department_id, roomId: r.room_id,
    fromText: [r.custodian_name, r.department_name, locationOf(r)].filter((p): p is string => !!p).join(' / ') || '未指定',
  }]));
}

/** Why a card cannot take this step now (待报废/已处置 never move; a loaned card moves only by its return), or null. */
export function blockedReason(kind: MovementKind, status: string): string | null {
  const what = labelOfKind(kind);
  if (status === 'pending_disposal' || status === 'disposed') return `${labelOf(ASSET_STATUS_LABELS, status)}，不能${what}`;
  if (status === 'loaned') return `已借出，归还后才能${what}`;
  if (kind === 'loan' && status === 'under_repair') return '维修中，不能借出';
  return null;
}

/** 409 naming the first card that cannot move. */
export function assertCardsMovable(kind: MovementKind, cards: Iterable<MovementCard>): void {
  for (const c of cards) {
    const reason = blockedReason(kind, c.status);
    if (reason) throw movementError('ASSET_MOVEMENT_CARD_BLOCKED', `${cardName(c)}${reason}`);
  }
}

/** 409 naming a card already in another open document, and that document. */
export async function assertCardsFree(tx: Tx, schoolId: number, cards: MovementCard[], exceptMovementId: number | null): Promise<void> {
  const busy = await busyCards(tx, schoolId, cards.map((c) => c.id), exceptMovementId);
  const first = busy[0];
  if (!first) return;
  const card = cards.find((c) => c.id === first.asset_id);
  throw movementError('ASSET_MOVEMENT_CARD_BUSY', `${card ? cardName(card) : '资产'}已在${labelOfKind(first.kind)}单 ${first.code} 中办理，完成或撤销后才能再办理`);
}

/**
 * The cards a document may carry: every id a card of the school (400 naming the position otherwise),
 * none blocked or busy; a teacher may only send away cards they hold, and borrow only idle ones.
 */
export async function cardsForDocument(tx: Tx, actor: Actor, schoolId: number, kind: MovementKind, ids: number[]): Promise<MovementCard[]> {
  const unique = [...new Set(ids)];
  const found = await loadCards(tx, schoolId, unique);
  unique.forEach((id, i) => {
    if (!found.has(id)) throw invalidField(`assetIds.${i}`, `第 ${i + 1} 项资产不存在或不属于本校`);
  });
  const cards = unique.map((id) => found.get(id)).filter((c): c is MovementCard => c !== undefined);
  assertCardsMovable(kind, cards);
  if (!isMovementManager(actor)) await assertTeacherMayUse(tx, actor, schoolId, kind, cards);
  await assertCardsFree(tx, schoolId, cards, null);
  return cards;
}

async function assertTeacherMayUse(tx: Tx, actor: Actor, schoolId: number, kind: MovementKind, cards: MovementCard[]): Promise<void> {
  if (kind === 'loan') {
    const taken = cards.find((c) => c.status !== 'idle');
    if (taken) throw invalidField('assetIds', `${cardName(taken)}正在使用，只能借用闲置的资产`);
    return;
  }
  const held = await assetBase(tx, { ...assetScopeOf(actor), schoolIds: [schoolId] }).select('a.id').where('a.id', 'in', cards.map((c) => c.id)).execute();
  const mine = new Set(held.map((h) => h.id));
  const other = cards.find((c) => !mine.has(c.id));
  if (other) throw invalidField('assetIds', `${cardName(other)}不是您保管或使用的资产，请联系保管员办理`);
}
