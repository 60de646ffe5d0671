import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../../platform/audit/audit.js';
import { type Actor, hasPermission, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import { forbidden, notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { addAssetEvents } from '../../asset-events.js';
import { moveCustodyInTx } from '../../use-cases/change-custody.js';
import { adjustmentSides, presentAdjustment } from '../adjustments.presenter.js';
import { type AdjustmentRow, findAdjustmentRow, listAdjustmentRows, pendingCount } from '../adjustments.repository.js';
import { stocktakeError } from '../stocktakes.errors.js';
import { ADJUSTMENT_KIND_LABELS, type AdjustmentKind } from '../stocktakes.labels.js';
import { mayDecide } from '../stocktakes.policy.js';
import type { StocktakeRow } from '../stocktakes.repository.js';
import type { AdjustmentQuery, DecideBody } from '../stocktakes.schemas.js';
import { EXTRA_PHOTO, SCAN_PHOTO } from '../photos.repository.js';
import { ownStocktakeOrThrow } from './own-stocktake.js';
import { photosOf } from './photos.js';
import { readableStocktakeOrThrow } from './read-stocktakes.js';

export async function listAdjustments(db: Kysely<Database>, actor: Actor, id: number, q: AdjustmentQuery) {
  const { row } = await readableStocktakeOrThrow(db, actor, id);
  const page = await listAdjustmentRows(db, [row.school_id], row.id, q.status, pagingOf(q));
  const canDecide = mayDecide(actor, row);
  // Evidence for the approver: the scan's photos for a card, the 盘盈 entry's for an item without one.
  const scanPhotos = await photosOf(db, actor, row, false, SCAN_PHOTO, page.items.flatMap((r) => (r.scan_id ? [r.scan_id] : [])));
  const extraPhotos = await photosOf(db, actor, row, false, EXTRA_PHOTO, page.items.flatMap((r) => (r.extra_id ? [r.extra_id] : [])));
  const photosOfRow = (r: AdjustmentRow) => (r.extra_id ? extraPhotos.get(r.extra_id) : r.scan_id ? scanPhotos.get(r.scan_id) : undefined) ?? [];
  return { ...page, items: page.items.map((r) => presentAdjustment(r, canDecide, photosOfRow(r))), pending: await pendingCount(db, row.school_id, row.id) };
}

const LOCKED = new Set(['pending_disposal', 'disposed']);

/** Applies one approved proposal to its card, with a 盘点调整 entry on the card's timeline. */
async function applyToCard(tx: Tx, audit: AuditContext, st: StocktakeRow, adj: AdjustmentRow): Promise<void> {
  const kind = adj.kind as AdjustmentKind;
  if (adj.asset_id === null) return;
  const card = await tx.selectFrom('assets').select(['id', 'version', 'status', 'name', 'code'])
    .where('school_id', '=', st.school_id).where('id', '=', adj.asset_id).executeTakeFirst();
  if (!card) throw notFound('资产');
  const label = `「${card.name}（${card.code}）」`;
  if (LOCKED.has(card.status) && kind !== 'damaged') throw stocktakeError('STOCKTAKE_ASSET_LOCKED', `${label}已在报废处置流程中，不能按盘点调整，请驳回此项`);
  if (card.status === 'loaned' && kind !== 'damaged') throw stocktakeError('STOCKTAKE_ASSET_LOCKED', `${label}已借出，归还后才能调整`);
  const sides = adjustmentSides(adj);
  const note = `${st.name}：${ADJUSTMENT_KIND_LABELS[kind]}，${sides.from ?? ''} → ${sides.to ?? ''}`;
  const event = { kind: 'stocktake_adjustment', note, data: { stocktakeId: st.id, adjustmentId: adj.id }, action: 'stocktake_adjustment' };
  if (kind === 'missing') await moveCustodyInTx(tx, st.school_id, audit, card.id, card.version, { status: 'pending_disposal' }, event);
  else if ((kind === 'wrong_room' || kind === 'unexpected') && adj.to_room_id !== null) await moveCustodyInTx(tx, st.school_id, audit, card.id, card.version, { roomId: adj.to_room_id }, event);
  else if (kind === 'wrong_custodian' && adj.to_custodian_id !== null) await moveCustodyInTx(tx, st.school_id, audit, card.id, card.version, { custodianId: adj.to_custodian_id }, event);
  else await addAssetEvents(tx, st.school_id, audit, nowIso(), [{ assetId: card.id, kind: 'stocktake_adjustment', note, data: event.data }]);
}

/**
 * 审批调整建议: approving applies each proposal to its card (status, place or custodian) in the
 * same transaction as the decision; one refusal (a card in disposal, a stale version) undoes the
 * whole batch. Rejecting leaves the card as it is and notes it on the timeline.
 */
export async function decideAdjustments(db: Kysely<Database>, actor: Actor, id: number, body: DecideBody): Promise<{ decided: number; pending: number }> {
  const schoolId = writableSchoolId(actor);
  if (!hasPermission(actor, 'asset_stocktake', 'approve')) throw forbidden('只有校长、财务或资产管理员可以审批盘点调整');
  return runInTransaction(db, async (tx) => {
    const st = await ownStocktakeOrThrow(tx, actor, id);
    if (!mayDecide(actor, st)) throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${st.name}」当前不能审批调整（需先核对，结束后不能再改）`);
    const audit = auditContextOf(actor);
    const now = nowIso();
    for (const item of body.items) {
      const adj = await findAdjustmentRow(tx, schoolId, st.id, item.id);
      if (!adj) throw notFound('调整建议');
      if (adj.status !== 'pending') throw stocktakeError('STOCKTAKE_WRONG_STATUS', '这条调整建议已经审批过');
      if (body.decision === 'approve') await applyToCard(tx, audit, st, adj);
      else if (adj.asset_id !== null) {
        await addAssetEvents(tx, schoolId, audit, now, [{ assetId: adj.asset_id, kind: 'stocktake_adjustment', note: `${st.name}：${ADJUSTMENT_KIND_LABELS[adj.kind as AdjustmentKind] ?? adj.kind}，驳回调整`, data: { stocktakeId: st.id, adjustmentId: adj.id } }]);
      }
      await updateAudited(tx, audit, {
        table: 'asset_stocktake_adjustments', entity: 'asset_stocktake_adjustment', label: '调整建议', id: adj.id, schoolIds: [schoolId], version: item.version,
        patch: { status: body.decision === 'approve' ? 'approved' : 'rejected', decided_by: actor.userId, decided_at: now, decision_note: body.note?.trim() || null },
        action: body.decision,
      });
    }
    return { decided: body.items.length, pending: await pendingCount(tx, schoolId, st.id) };
  });
}
