import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField } from '../../../../platform/http/errors.js';
import { type CustodyMove, moveCustodyInTx } from '../../use-cases/change-custody.js';
import { type MovementCard, loadCards } from '../movement-cards.js';
import { type MovementWrite, runMovementWrite } from '../movement-context.js';
import { MOVEMENT_FORM, RETURN_CONDITION_LABELS } from '../movements.labels.js';
import type { MovementRow } from '../movements.repository.js';
import type { ReturnBody, StepBody } from '../movements.schemas.js';
import { EVENT_KIND, addStep, documentForStep, kindOf, releaseCards, setMovementStatus } from './movement-doc.js';
import { movementSettingsOf } from './movement-settings.js';
import { currentCards } from './submit-movement.js';
import { recordDamageInTx } from '../../damages/use-cases/record-damage.js';
import { closeOpenExtensionRequest } from './extension-request-state.js';

const noteOf = (body: { note?: string | undefined }) => body.note?.trim() || null;
const title = (row: MovementRow) => `${MOVEMENT_FORM[kindOf(row)].title.replace('资产', '')} ${row.code}`;

/**
 * Moves every card of the document through the one custody code path (moveCustodyInTx), each at its
 * current version: a card changed by someone else in between makes the whole step 409, nothing moved.
 */
async function moveCards(w: MovementWrite, row: MovementRow, cards: MovementCard[], moveOf: (c: MovementCard) => CustodyMove, note: string, kind = EVENT_KIND[kindOf(row)], extra: (c: MovementCard) => Record<string, unknown> = () => ({})): Promise<void> {
  for (const c of cards) {
    await moveCustodyInTx(w.tx, w.schoolId, w.audit, c.id, c.version, moveOf(c), {
      kind, note, action: kind, data: { movementId: row.id, code: row.code, ...extra(c) },
    });
  }
}

/** Where each card was just before it moved, for the printed form and the loan's return. */
async function captureFrom(w: MovementWrite, row: MovementRow, cards: MovementCard[]): Promise<void> {
  for (const c of cards) {
    await w.tx.updateTable('asset_movement_lines').set({
      from_custodian_id: c.custodianId, from_department_id: c.departmentId, from_room_id: c.roomId, from_status: c.status, from_text: c.fromText,
    }).where('school_id', '=', w.schoolId).where('movement_id', '=', row.id).where('asset_id', '=', c.id).execute();
  }
}

/**
 * 确认接收 of a transfer (the receiver, or the storekeeper for them with a note), or 确认退库 of a
 * store return (the storekeeper). Only now does custody change — every card in one transaction,
 * each with a timeline entry naming before and after.
 */
export async function receiveMovement(db: Kysely<Database>, actor: Actor, id: number, body: StepBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row, receiverIsMe } = await documentForStep(w, id, body.version, 'receive', '确认接收');
    const note = noteOf(body);
    const cards = await currentCards(w, row);
    await captureFrom(w, row, cards);
    if (row.kind === 'store_return') {
      const { storeRoomId } = await movementSettingsOf(w.tx, w.schoolId);
      await moveCards(w, row, cards, () => ({ custodianId: null, ...(storeRoomId !== null ? { roomId: storeRoomId } : {}), status: 'idle' }), `${title(row)}：退库，${row.reason}`);
      await addStep(w, row.id, 'confirm_store', note);
    } else {
      if (!receiverIsMe && !note) throw invalidField('note', '代接收人确认时请填写说明（如：接收人出差，由保管员代签）');
      const move: CustodyMove = {
        ...(row.to_custodian_id !== null ? { custodianId: row.to_custodian_id } : {}),
        ...(row.to_department_id !== null ? { departmentId: row.to_department_id } : {}),
        ...(row.to_room_id !== null ? { roomId: row.to_room_id } : {}),
      };
      await moveCards(w, row, cards, (c) => ({ ...move, ...(c.status === 'idle' ? { status: 'in_use' } : {}) }), `${title(row)}：${row.reason}${note ? `（${note}）` : ''}`);
      await addStep(w, row.id, receiverIsMe ? 'receive' : 'receive_for', note);
    }
    await setMovementStatus(w, row, body.version, { status: 'done', closed_at: w.at }, 'receive');
    await releaseCards(w, row.id);
  });
}

/** 借出: the storekeeper hands the cards to the borrower (status 出租出借, custody to the borrower, place if given). */
export async function lendMovement(db: Kysely<Database>, actor: Actor, id: number, body: StepBody): Promise<void> {
  await runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'lend', '借出');
    const cards = await currentCards(w, row);
    await captureFrom(w, row, cards);
    const borrower = row.to_custodian_id;
    await moveCards(w, row, cards, () => ({ custodianId: borrower, ...(row.to_room_id !== null ? { roomId: row.to_room_id } : {}), status: 'loaned' }),
      `${title(row)}：借给 ${row.to_custodian_name ?? ''}，${row.due_date ?? ''} 前归还`);
    await setMovementStatus(w, row, body.version, { status: 'lent' }, 'lend');
    await addStep(w, row.id, 'lend', noteOf(body));
  });
}

/**
 * 归还: the storekeeper takes the cards back; each goes back to whoever and wherever it was before
 * the loan, with its condition (完好 / 损坏) on the line and the timeline. A damaged card gets a
 * damage record in 损坏赔偿 (borrower as the responsible person) in the same transaction.
 */
export async function returnMovement(db: Kysely<Database>, actor: Actor, id: number, body: ReturnBody): Promise<{ damaged: number }> {
  return runMovementWrite(db, actor, async (w) => {
    const { row } = await documentForStep(w, id, body.version, 'return', '归还');
    const lines = await w.tx.selectFrom('asset_movement_lines').selectAll().where('school_id', '=', w.schoolId).where('movement_id', '=', row.id).orderBy('id').execute();
    const byAsset = new Map(lines.map((l) => [l.asset_id, l]));
    const conditions = new Map<number, { condition: 'good' | 'damaged'; note: string | null }>();
    (body.lines ?? []).forEach((l, i) => {
      if (!byAsset.has(l.assetId)) throw invalidField(`lines.${i}.assetId`, `第 ${i + 1} 行的资产不在这张借用单上`);
      conditions.set(l.assetId, { condition: l.condition, note: l.note?.trim() || null });
    });
    const found = await loadCards(w.tx, w.schoolId, lines.map((l) => l.asset_id));
    for (const line of lines) {
      const card = found.get(line.asset_id);
      if (!card) continue;
      const cond = conditions.get(line.asset_id) ?? { condition: 'good' as const, note: null };
      const label = RETURN_CONDITION_LABELS[cond.condition];
      await moveCustodyInTx(w.tx, w.schoolId, w.audit, card.id, card.version, {
        custodianId: line.from_custodian_id, roomId: line.from_room_id,
        // A card sent to disposal while out keeps that status; otherwise it is back to what it was.
        ...(card.status === 'loaned' ? { status: line.from_status } : {}),
      }, { kind: 'loan_return', action: 'loan_return', note: `${title(row)}：归还，${label}${cond.note ? `（${cond.note}）` : ''}`, data: { movementId: row.id, code: row.code, condition: cond.condition } });
      await w.tx.updateTable('asset_movement_lines').set({ return_condition: cond.condition, return_note: cond.note })
        .where('school_id', '=', w.schoolId).where('id', '=', line.id).execute();
      // 谁损坏谁赔偿: a card back damaged opens a damage record naming the borrower, ready for a proposal.
      if (cond.condition === 'damaged') {
        await recordDamageInTx(w.tx, w.schoolId, { audit: w.audit, userId: w.actor.userId, name: w.actor.name }, {
          assetId: card.id, occurredOn: w.today, cause: 'unknown',
          description: `${title(row)}归还时发现损坏${cond.note ? `：${cond.note}` : ''}`,
          ...(row.to_custodian_id !== null ? { partyType: 'user' as const, partyUserId: row.to_custodian_id } : { partyType: 'unknown' as const }),
        });
      }
    }
    const damaged = [...conditions.values()].filter((c) => c.condition === 'damaged').length;
    await setMovementStatus(w, row, body.version, { status: 'returned', closed_at: w.at }, 'return');
    await releaseCards(w, row.id);
    await closeOpenExtensionRequest(w, row.id, '资产已归还');
    await addStep(w, row.id, 'return', [damaged ? `${damaged} 件损坏` : '全部完好', noteOf(body)].filter(Boolean).join('；'));
    return { damaged };
  });
}
