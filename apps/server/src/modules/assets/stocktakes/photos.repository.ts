import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { deleteFileRow } from '../../files/files.repository.js';
import { type Conn, none } from './stocktakes.repository.js';

/** Files-module owner types: evidence photos of a scanned card and of a 盘盈 item without a card. */
export const SCAN_PHOTO = 'asset_stocktake_scan';
export const EXTRA_PHOTO = 'asset_stocktake_extra';
export type PhotoOwnerType = typeof SCAN_PHOTO | typeof EXTRA_PHOTO;

/** The photos of many scans or extras in one query (a list page never asks per row). */
export async function photoRows(db: Conn, schoolId: number, ownerType: PhotoOwnerType, ownerIds: number[]) {
  if (ownerIds.length === 0) return [];
  return db.selectFrom('files').select(['id', 'school_id', 'owner_id', 'original_name', 'thumb_key', 'created_by', 'created_at'])
    .where('school_id', '=', schoolId).where('owner_type', '=', ownerType).where('owner_id', 'in', ownerIds).orderBy('id').execute();
}
export type PhotoRow = Awaited<ReturnType<typeof photoRows>>[number];

/** The stocktake a scan or extra belongs to, within the given schools. */
export async function stocktakeIdOfOwner(db: Conn, schoolIds: number[], ownerType: PhotoOwnerType, ownerId: number): Promise<number | undefined> {
  const table = ownerType === SCAN_PHOTO ? 'asset_stocktake_scans' : 'asset_stocktake_extras';
  const row = await db.selectFrom(table).select('stocktake_id').where('school_id', 'in', none(schoolIds)).where('id', '=', ownerId).executeTakeFirst();
  return row?.stocktake_id;
}

/** A photo of one of this stocktake's scans or extras; undefined for any other file. */
export async function findStocktakePhoto(db: Conn, schoolId: number, stocktakeId: number, fileId: number) {
  return db.selectFrom('files as f').select(['f.id', 'f.owner_type', 'f.owner_id'])
    .where('f.school_id', '=', schoolId).where('f.id', '=', fileId)
    .where((eb) => eb.or([
      eb.and([eb('f.owner_type', '=', SCAN_PHOTO), eb('f.owner_id', 'in', eb.selectFrom('asset_stocktake_scans').select('id').where('school_id', '=', schoolId).where('stocktake_id', '=', stocktakeId))]),
      eb.and([eb('f.owner_type', '=', EXTRA_PHOTO), eb('f.owner_id', 'in', eb.selectFrom('asset_stocktake_extras').select('id').where('school_id', '=', schoolId).where('stocktake_id', '=', stocktakeId))]),
    ]))
    .executeTakeFirst();
}

/**
 * Removes the photos of a scan or extra that is being deleted, in its transaction (audited like
 * the files module does). Returns the stored keys, for the caller to delete after the commit.
 */
export async function removeOwnerPhotosInTx(tx: Tx, audit: AuditContext, schoolId: number, ownerType: PhotoOwnerType, ownerId: number): Promise<string[]> {
  const files = await tx.selectFrom('files').selectAll().where('school_id', '=', schoolId).where('owner_type', '=', ownerType).where('owner_id', '=', ownerId).execute();
  const keys: string[] = [];
  for (const file of files) {
    await deleteFileRow(tx, schoolId, file.id);
    await recordAudit(tx, audit, { entity: 'file', entityId: file.id, action: 'delete', before: { ...file }, schoolId });
    keys.push(file.storage_key, ...(file.thumb_key ? [file.thumb_key] : []));
  }
  return keys;
}
