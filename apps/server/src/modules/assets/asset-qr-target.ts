import type { Kysely } from 'kysely';
import { hasPermission } from '../../platform/authz/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { type QrTargetInfo, registerQrAction, registerQrTarget } from '../../platform/qr/qr-targets.js';
import { describeRooms } from '../qr/targets/room-qr-target.js';
import { repairBlockedReason } from './asset-links.js';

/**
 * What a scanned asset label shows to anyone: the name with its number, and where it stands.
 * Nothing private (value, custodian, funding) leaves the card this way.
 */
export async function describeAssets(db: Kysely<Database>, schoolIds: number[], ids: number[]): Promise<Map<number, QrTargetInfo>> {
  const out = new Map<number, QrTargetInfo>();
  if (schoolIds.length === 0 || ids.length === 0) return out;
  const rows = await db.selectFrom('assets').select(['id', 'school_id', 'code', 'name', 'room_id', 'location_text', 'status'])
    .where('school_id', 'in', schoolIds).where('id', 'in', ids).where('status', '!=', 'disposed').execute();
  const rooms = await describeRooms(db, schoolIds, rows.flatMap((r) => (r.room_id === null ? [] : [r.room_id])));
  for (const r of rows) {
    const room = r.room_id === null ? undefined : rooms.get(r.room_id);
    const location = [room?.location, room?.name, r.location_text].filter((p): p is string => !!p).join(' ');
    // A card pending disposal takes no 报修 (repairableAssetOrThrow would refuse the report).
    out.set(r.id, { name: `${r.name}（${r.code}）`, location: location || null, ...(repairBlockedReason(r.status) ? { withheldActions: ['repair'] } : {}) });
  }
  return out;
}

/**
 * Asset labels: 查看资产 for readers, and 报修 with the asset filled in for anyone of the school who
 * may report — unless the card is pending disposal (repairableAssetOrThrow refuses such a report).
 */
export function registerAssetQrTarget(): void {
  registerQrTarget('asset', {
    async describe(db, schoolIds, id) {
      return (await describeAssets(db, schoolIds, [id])).get(id);
    },
    describeMany: describeAssets,
    actions(actor, target) {
      return hasPermission(actor, 'asset', 'read') ? [{ key: 'view_asset', label: '查看资产', href: `/m/assets/${target.id}` }] : [];
    },
  });
  registerQrAction('asset', 'repair', (actor, target) =>
    actor.schoolId === target.schoolId && hasPermission(actor, 'repair', 'create')
      ? [{ key: 'repair', label: '报修', href: `/m/repair/new?assetId=${target.id}` }]
      : []);
}
