import type { Kysely } from 'kysely';
import { recordAudit } from '../../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { deleteAudited, runInTransaction } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import type { FileStorage } from '../../../../platform/files/file-storage.js';
import { forbidden, invalidField, notFound } from '../../../../platform/http/errors.js';
import { EXTRA_PHOTO, removeOwnerPhotosInTx } from '../photos.repository.js';
import { type ExtraRow, extrasOf, findRoom } from '../scans.repository.js';
import { mayScan, runsStocktake } from '../stocktakes.policy.js';
import type { ExtraBody, ExtraDto, ExtraListQuery, PhotoDto } from '../stocktakes.schemas.js';
import { ownStocktakeOrThrow, requireCountingScanner } from './own-stocktake.js';
import { photosOf, removeStoredKeys } from './photos.js';
import { readableStocktakeOrThrow } from './read-stocktakes.js';

function presentExtra(e: ExtraRow, photos: PhotoDto[], may: { edit: boolean; delete: boolean }): ExtraDto {
  return {
    id: e.id, name: e.name, quantity: e.quantity, roomId: e.room_id, roomName: e.room_name ?? null, note: e.note,
    createdByName: e.created_by_name, createdAt: e.created_at, photos, abilities: { delete: may.delete, photo: may.edit },
  };
}

/** The stocktake's 盘盈 items (optionally one room's), with photos and what the actor may still do. */
export async function listExtras(db: Kysely<Database>, actor: Actor, id: number, q: ExtraListQuery = {}): Promise<{ items: ExtraDto[] }> {
  const { row, counter } = await readableStocktakeOrThrow(db, actor, id);
  const rows = await extrasOf(db, [row.school_id], row.id, q.roomId);
  const edit = mayScan(actor, row, counter);
  const runs = runsStocktake(actor, row);
  const photos = await photosOf(db, actor, row, edit, EXTRA_PHOTO, rows.map((e) => e.id));
  return { items: rows.map((e) => presentExtra(e, photos.get(e.id) ?? [], { edit, delete: edit && (runs || e.created_by === actor.userId) })) };
}

/**
 * 登记盘盈: something found without a card, described in words (name, how many, where), for
 * reconciliation to propose one 盘盈 adjustment for it. Counters and the runner, while counting.
 */
export async function addExtra(db: Kysely<Database>, actor: Actor, id: number, body: ExtraBody): Promise<number> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    const row = await ownStocktakeOrThrow(tx, actor, id);
    await requireCountingScanner(tx, actor, row, '不能再登记盘盈');
    if (!body.name.trim()) throw invalidField('name', '请填写「物品名称」');
    if (body.roomId !== undefined && !(await findRoom(tx, schoolId, body.roomId))) throw invalidField('roomId', '「所在房间」不存在');
    const extra = await tx.insertInto('asset_stocktake_extras').values({
      school_id: schoolId, stocktake_id: row.id, name: body.name.trim(), quantity: body.quantity ?? 1, room_id: body.roomId ?? null,
      note: body.note?.trim() || null, created_by: actor.userId, created_at: nowIso(),
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditContextOf(actor), { entity: 'asset_stocktake_extra', entityId: extra.id, action: 'create', after: { ...extra }, schoolId });
    return extra.id;
  });
}

/**
 * Takes back a 盘盈 entry while counting: whoever recorded it, or the runner. Its photos go with
 * it in the same transaction (their bytes after the commit).
 */
export async function deleteExtra(db: Kysely<Database>, storage: FileStorage, actor: Actor, id: number, extraId: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const keys = await runInTransaction(db, async (tx) => {
    const row = await ownStocktakeOrThrow(tx, actor, id);
    const extra = await tx.selectFrom('asset_stocktake_extras').select(['id', 'created_by'])
      .where('school_id', '=', schoolId).where('stocktake_id', '=', row.id).where('id', '=', extraId).executeTakeFirst();
    if (!extra) throw notFound('盘盈登记');
    await requireCountingScanner(tx, actor, row, '盘盈登记不能再删除');
    if (extra.created_by !== actor.userId && !runsStocktake(actor, row)) throw forbidden('只能删除自己登记的盘盈');
    const ctx = auditContextOf(actor);
    const stored = await removeOwnerPhotosInTx(tx, ctx, schoolId, EXTRA_PHOTO, extra.id);
    await deleteAudited(tx, ctx, { table: 'asset_stocktake_extras', entity: 'asset_stocktake_extra', label: '盘盈登记', id: extra.id, schoolIds: [schoolId] });
    return stored;
  });
  await removeStoredKeys(storage, keys);
}
