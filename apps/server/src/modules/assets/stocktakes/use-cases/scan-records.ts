import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import type { Db } from '../../../../platform/db/database.js';
import { deleteAudited, runInTransaction } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import type { FileStorage } from '../../../../platform/files/file-storage.js';
import { forbidden, notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { addAssetEvents } from '../../asset-events.js';
import { SCAN_PHOTO, removeOwnerPhotosInTx } from '../photos.repository.js';
import { listScanRows, searchCards } from '../scans.repository.js';
import { stocktakeError } from '../stocktakes.errors.js';
import { mayScan, runsStocktake } from '../stocktakes.policy.js';
import { presentScan, roomLocation } from '../stocktakes.presenter.js';
import type { ScanListQuery } from '../stocktakes.schemas.js';
import { photosOf, removeStoredKeys } from './photos.js';
import { readableStocktakeOrThrow } from './read-stocktakes.js';

export async function listScans(db: Kysely<Database>, actor: Actor, id: number, q: ScanListQuery) {
  const { row, counter } = await readableStocktakeOrThrow(db, actor, id);
  const page = await listScanRows(db, row.school_id, row.id, { scannedBy: q.mine ? actor.userId : undefined, roomId: q.roomId }, pagingOf(q));
  const editable = mayScan(actor, row, counter);
  const photos = await photosOf(db, actor, row, editable, SCAN_PHOTO, page.items.map((s) => s.id));
  const ctx = { status: row.status, runs: runsStocktake(actor, row), editable };
  return { ...page, items: page.items.map((s) => presentScan(actor, s, ctx, photos.get(s.id) ?? [])) };
}

/** Takes back a mistaken scan while counting: the counter who made it, or whoever runs the stocktake. Its photos go with it. */
export async function deleteScan(db: Kysely<Database>, storage: FileStorage, actor: Actor, id: number, scanId: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const keys = await runInTransaction(db, async (tx) => {
    const { row } = await readableStocktakeOrThrow(tx, actor, id);
    if (row.school_id !== schoolId) throw notFound('盘点');
    if (row.status !== 'counting') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已结束清点，盘点记录不能再撤销`);
    const scan = await tx.selectFrom('asset_stocktake_scans').selectAll().where('school_id', '=', schoolId).where('stocktake_id', '=', row.id).where('id', '=', scanId).executeTakeFirst();
    if (!scan) throw notFound('盘点记录');
    if (scan.scanned_by !== actor.userId && !runsStocktake(actor, row)) throw forbidden('只能撤销自己扫的记录');
    const ctx = auditContextOf(actor);
    const stored = await removeOwnerPhotosInTx(tx, ctx, schoolId, SCAN_PHOTO, scan.id);
    await deleteAudited(tx, ctx, { table: 'asset_stocktake_scans', entity: 'asset_stocktake_scan', label: '盘点记录', id: scan.id, schoolIds: [schoolId] });
    await addAssetEvents(tx, schoolId, ctx, nowIso(), [{ assetId: scan.asset_id, kind: 'stocktake', note: `${row.name}：撤销盘点记录`, data: { stocktakeId: row.id, scanId: scan.id } }]);
    return stored;
  });
  await removeStoredKeys(storage, keys);
}

/** Manual fallback when a label cannot be read: search the school's cards by number or name. */
export async function searchForScan(db: Db, actor: Actor, id: number, q: string) {
  const { row } = await readableStocktakeOrThrow(db.kysely, actor, id);
  const rows = await searchCards(db.kysely, db.dialect, row.school_id, row.id, q);
  return { items: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, location: roomLocation(r) ?? r.location_text ?? '', inScope: r.item_id !== null, scanned: r.scan_id !== null })) };
}
