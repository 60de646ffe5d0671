import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound } from '../../../platform/http/errors.js';
import { assertRepairable, assetsInRoomForRepair, findAssetForRepair } from '../../assets/asset-links.js';
import { describeRooms } from '../../qr/targets/room-qr-target.js';
import { URGENCIES, URGENCY_LABELS } from '../repairs.labels.js';
import { listCategories, loadRepairSettings } from '../settings.repository.js';
import { reportPhotoRequired } from './claim-photos.js';

/**
 * Everything the phone report form needs in one call: the scanned room (or the scanned asset and
 * its room), the room's assets to pick from, categories, urgencies and the photo rule.
 */
export async function repairFormOptions(db: Kysely<Database>, actor: Actor, query: { roomId?: number | undefined; assetId?: number | undefined }) {
  const schoolId = writableSchoolId(actor);
  const found = query.assetId !== undefined ? await findAssetForRepair(db, schoolId, query.assetId) : undefined;
  if (query.assetId !== undefined && !found) throw notFound('资产');
  // A card pending disposal is refused when the form opens, with the reason, not only when it is sent.
  if (found) assertRepairable(found);
  const asset = found ? { id: found.id, code: found.code, name: found.name, locationText: found.locationText } : null;
  const roomId = query.roomId ?? found?.roomId ?? undefined;
  let room = null;
  if (roomId !== undefined) {
    const info = (await describeRooms(db, [schoolId], [roomId])).get(roomId);
    if (!info) throw notFound('房间');
    room = { id: roomId, name: info.name, location: info.location };
  }
  const assets = roomId !== undefined ? await assetsInRoomForRepair(db, schoolId, roomId) : [];
  const settings = await loadRepairSettings(db, schoolId);
  const categories = await listCategories(db, schoolId, true);
  return {
    room,
    asset,
    assets,
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    urgencies: URGENCIES.map((u) => ({ key: u, label: URGENCY_LABELS[u], photoRequired: reportPhotoRequired(settings.photoRule, u) })),
    photoRule: settings.photoRule,
    maxPhotos: 9,
  };
}
