import type { Actor } from '../../../../platform/authz/actor.js';
import type { Db } from '../../../../platform/db/database.js';
import type { FileStorage } from '../../../../platform/files/file-storage.js';
import { notFound } from '../../../../platform/http/errors.js';
import { deleteFile } from '../../../files/use-cases/delete-file.js';
import { photosByOwner } from '../photos.presenter.js';
import { type PhotoOwnerType, findStocktakePhoto, photoRows } from '../photos.repository.js';
import type { Conn, StocktakeRow } from '../stocktakes.repository.js';
import type { PhotoDto } from '../stocktakes.schemas.js';
import { ownStocktakeOrThrow } from './own-stocktake.js';

/** The photos of a page of scans or extras, by owner id (one query). */
export async function photosOf(db: Conn, actor: Actor, row: StocktakeRow, editable: boolean, ownerType: PhotoOwnerType, ids: number[]): Promise<Map<number, PhotoDto[]>> {
  return photosByOwner(await photoRows(db, row.school_id, ownerType, ids), actor, editable);
}

/** Deletes the bytes of photos whose rows went with their scan or extra; a leftover file is harmless. */
export async function removeStoredKeys(storage: FileStorage, keys: string[]): Promise<void> {
  await Promise.all(keys.map((k) => storage.delete(k).catch(() => undefined)));
}

/**
 * Takes back an evidence photo of this stocktake (another school's stocktake, or a file not of it,
 * 404). The files module does the rest, with the rule the stocktake registered for its photos
 * (stocktake-file-owners.ts): counters and the runner only (403), while counting only (409).
 */
export async function deleteStocktakePhoto(db: Db, storage: FileStorage, actor: Actor, id: number, fileId: number): Promise<void> {
  const row = await ownStocktakeOrThrow(db.kysely, actor, id);
  const photo = await findStocktakePhoto(db.kysely, row.school_id, row.id, fileId);
  if (!photo) throw notFound('照片');
  await deleteFile(db, storage, actor, photo.id);
}
