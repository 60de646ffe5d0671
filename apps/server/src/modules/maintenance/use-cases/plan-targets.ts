import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { chosenRooms, roomTypeLabel, roomsOfType } from '../maintenance.repository.js';

/** One job's worth of a plan: a room (key = room id) or everything at once (key 0). */
export interface PlanTarget { key: number; roomId: number | null; campusId: number | null; buildingId: number | null; name: string }

interface PlanShape { id: number; school_id: number; target_type: string; room_type: string | null; grouping: string }

/** What a plan covers right now: 全校, its chosen rooms, or the active rooms of its type. */
export async function targetsOf(db: Kysely<Database> | Tx, plan: PlanShape): Promise<PlanTarget[]> {
  if (plan.target_type === 'school') return [{ key: 0, roomId: null, campusId: null, buildingId: null, name: '全校' }];
  const rooms = plan.target_type === 'rooms'
    ? (await chosenRooms(db, plan.school_id, [plan.id])).get(plan.id) ?? []
    : await roomsOfType(db, plan.school_id, plan.room_type ?? '');
  if (rooms.length === 0) return [];
  if (plan.grouping === 'each' || rooms.length === 1) {
    return rooms.map((r) => ({ key: r.id, roomId: r.id, campusId: r.campusId, buildingId: r.buildingId, name: r.name }));
  }
  const name = plan.target_type === 'room_type' ? `全部${roomTypeLabel(plan.room_type)}（${rooms.length}间）` : `${rooms[0]?.name ?? ''} 等 ${rooms.length} 个房间`;
  return [{ key: 0, roomId: null, campusId: null, buildingId: null, name }];
}
