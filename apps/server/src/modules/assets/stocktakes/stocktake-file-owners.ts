import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { registerFileOwner } from '../../../platform/files/file-owners.js';
import { EXTRA_PHOTO, type PhotoOwnerType, SCAN_PHOTO, stocktakeIdOfOwner } from './photos.repository.js';
import { stocktakeError } from './stocktakes.errors.js';
import { mayScan } from './stocktakes.policy.js';
import { findStocktakeRow, isCounter } from './stocktakes.repository.js';
import { readableStocktakeOrThrow } from './use-cases/read-stocktakes.js';

/** Counters and the runner change a stocktake's photos while counting, and only then. */
async function mayChangePhotos(db: Kysely<Database>, actor: Actor, type: PhotoOwnerType, ownerId: number, verb: string): Promise<boolean> {
  if (actor.schoolId === null) return false;
  const stocktakeId = await stocktakeIdOfOwner(db, [actor.schoolId], type, ownerId);
  const row = stocktakeId === undefined ? undefined : await findStocktakeRow(db, [actor.schoolId], stocktakeId);
  if (!row) return false;
  // why: a counter whose stocktake has just been finished should hear why (409), not a bare 403.
  if (row.status !== 'counting') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已结束清点，不能再${verb}照片`);
  return mayScan(actor, row, await isCounter(db, actor.schoolId, row.id, actor.userId));
}

/**
 * Evidence photos of a scan (a damaged card, one in the wrong room) and of a 盘盈 item: seen by
 * whoever may read the stocktake (so another school's is 404), added and removed (also through
 * DELETE /files/:id) by its counters or the runner while counting.
 */
export function registerStocktakeFileOwners(): void {
  const owner = (type: PhotoOwnerType, label: string) => registerFileOwner(type, {
    label,
    async canRead(db, actor, ownerId) {
      const stocktakeId = await stocktakeIdOfOwner(db, actor.readableSchoolIds, type, ownerId);
      if (stocktakeId === undefined) return false;
      return readableStocktakeOrThrow(db, actor, stocktakeId).then(() => true, () => false);
    },
    canAttach: (db, actor, ownerId) => mayChangePhotos(db, actor, type, ownerId, '添加'),
    canDelete: (db, actor, ownerId) => mayChangePhotos(db, actor, type, ownerId, '删除'),
  });
  owner(SCAN_PHOTO, '盘点记录');
  owner(EXTRA_PHOTO, '盘盈登记');
}
