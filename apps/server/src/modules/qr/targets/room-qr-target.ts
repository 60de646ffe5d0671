import type { Kysely } from 'kysely';
import { hasPermission } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { type QrTargetDefinition, type QrTargetInfo, registerQrTarget } from '../../../platform/qr/qr-targets.js';

export function floorLabel(floor: number | null): string | null {
  if (floor === null || floor === 0) return null;
  return floor > 0 ? `${floor}层` : `地下${-floor}层`;
}

/**
 * Rooms by id within the given schools, named for a label: "教学楼 3层". The campus is named
 * only where the school has several, since "本部" on every label would be noise.
 */
export async function describeRooms(db: Kysely<Database>, schoolIds: number[], ids: number[]): Promise<Map<number, QrTargetInfo>> {
  const out = new Map<number, QrTargetInfo>();
  if (schoolIds.length === 0 || ids.length === 0) return out;
  const rows = await db
    .selectFrom('rooms')
    .innerJoin('campuses', 'campuses.id', 'rooms.campus_id')
    .leftJoin('buildings', 'buildings.id', 'rooms.building_id')
    .select(['rooms.id', 'rooms.school_id', 'rooms.name', 'rooms.floor', 'campuses.name as campus_name', 'buildings.name as building_name'])
    .where('rooms.school_id', 'in', schoolIds)
    .where('rooms.id', 'in', ids)
    .execute();
  if (rows.length === 0) return out;
  const campusCounts = await db
    .selectFrom('campuses')
    .select(['school_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('school_id', 'in', [...new Set(rows.map((r) => r.school_id))])
    .groupBy('school_id')
    .execute();
  const multiCampus = new Set(campusCounts.filter((c) => Number(c.n) > 1).map((c) => c.school_id));
  for (const r of rows) {
    const parts = [multiCampus.has(r.school_id) || !r.building_name ? r.campus_name : null, r.building_name, floorLabel(r.floor)];
    const location = parts.filter((p): p is string => !!p).join(' ');
    out.set(r.id, { name: r.name, location: location || null });
  }
  return out;
}

export const roomQrTarget: QrTargetDefinition = {
  async describe(db, schoolIds, id) {
    return (await describeRooms(db, schoolIds, [id])).get(id);
  },
  describeMany: describeRooms,
  actions(actor, target) {
    return hasPermission(actor, 'room', 'read') ? [{ key: 'view_room', label: '查看房间', href: `/m/rooms/${target.id}` }] : [];
  },
};

export function registerRoomQrTarget(): void {
  registerQrTarget('room', roomQrTarget);
}
