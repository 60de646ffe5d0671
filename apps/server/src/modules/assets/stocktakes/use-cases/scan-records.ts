import type { Kysely } from 'kysely';
import { recordAudit } from '../../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import type { Db } from '../../../../platform/db/database.js';
import { deleteAudited, runInTransaction } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import { forbidden, invalidField, notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { addAssetEvents } from '../../asset-events.js';
import { extrasOf, findRoom, listScanRows, searchCards } from '../scans.repository.js';
import { stocktakeError } from '../stocktakes.errors.js';
import { mayScan, runsStocktake } from '../stocktakes.policy.js';
import { findStocktakeRow, isCounter } from '../stocktakes.repository.js';
import { presentScan, roomLocation } from '../stocktakes.presenter.js';
import type { ExtraBody, ScanListQuery } from '../stocktakes.schemas.js';
import { readableStocktakeOrThrow } from './read-stocktakes.js';

export async function listScans(db: Kysely<Database>, actor: Actor, id: number, q: ScanListQuery) {
  const { row } = await readableStocktakeOrThrow(db, actor, id);
  const page = await listScanRows(db, row.school_id, row.id, { scannedBy: q.mine ? actor.userId : undefined, roomId: q.roomId }, pagingOf(q));
  const ctx = { status: row.status, runs: runsStocktake(actor, row) };
  return { ...page, items: page.items.map((s) => presentScan(actor, s, ctx)) };
}

/** Takes back a mistaken scan while counting: the counter who made it, or whoever runs the stocktake. */
export async function deleteScan(db: Kysely<Database>, actor: Actor, id: number, scanId: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const { row } = await readableStocktakeOrThrow(tx, actor, id);
    if (row.school_id !== schoolId) throw notFound('盘点');
    if (row.status !== 'counting') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已结束清点，盘点记录不能再撤销`);
    const scan = await tx.selectFrom('asset_stocktake_scans').selectAll().where('school_id', '=', schoolId).where('stocktake_id', '=', row.id).where('id', '=', scanId).executeTakeFirst();
    if (!scan) throw notFound('盘点记录');
    if (scan.scanned_by !== actor.userId && !runsStocktake(actor, row)) throw forbidden('只能撤销自己扫的记录');
    const ctx = auditContextOf(actor);
    await deleteAudited(tx, ctx, { table: 'asset_stocktake_scans', entity: 'asset_stocktake_scan', label: '盘点记录', id: scan.id, schoolIds: [schoolId] });
    await addAssetEvents(tx, schoolId, ctx, nowIso(), [{ assetId: scan.asset_id, kind: 'stocktake', note: `${row.name}：撤销盘点记录`, data: { stocktakeId: row.id, scanId: scan.id } }]);
  });
}

/** Something found without a card (盘盈 by description), for reconciliation to propose a new card. */
export async function addExtra(db: Kysely<Database>, actor: Actor, id: number, body: ExtraBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const row = await findStocktakeRow(tx, [schoolId], id);
    if (!row) throw notFound('盘点');
    const counter = await isCounter(tx, schoolId, row.id, actor.userId);
    if (row.status !== 'counting') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已结束清点，不能再登记盘盈`);
    if (!mayScan(actor, row, counter)) throw forbidden('你不是这次盘点的盘点人');
    if (body.roomId !== undefined && !(await findRoom(tx, schoolId, body.roomId))) throw invalidField('roomId', '「所在房间」不存在');
    const extra = await tx.insertInto('asset_stocktake_extras').values({
      school_id: schoolId, stocktake_id: row.id, name: body.name.trim(), room_id: body.roomId ?? null, note: body.note?.trim() || null,
      created_by: actor.userId, created_at: nowIso(),
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditContextOf(actor), { entity: 'asset_stocktake_extra', entityId: extra.id, action: 'create', after: { ...extra }, schoolId });
  });
}

export async function listExtras(db: Kysely<Database>, actor: Actor, id: number) {
  const { row } = await readableStocktakeOrThrow(db, actor, id);
  const rows = await extrasOf(db, [row.school_id], row.id);
  return { items: rows.map((e) => ({ id: e.id, name: e.name, roomId: e.room_id, roomName: e.room_name ?? null, note: e.note, createdByName: e.created_by_name, createdAt: e.created_at })) };
}

/** Manual fallback when a label cannot be read: search the school's cards by number or name. */
export async function searchForScan(db: Db, actor: Actor, id: number, q: string) {
  const { row } = await readableStocktakeOrThrow(db.kysely, actor, id);
  const rows = await searchCards(db.kysely, db.dialect, row.school_id, row.id, q);
  return { items: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, location: roomLocation(r) ?? r.location_text ?? '', inScope: r.item_id !== null, scanned: r.scan_id !== null })) };
}
