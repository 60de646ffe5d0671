import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { type AssetRef, assetsOfCategory, chosenAssets, planAssetCategories } from '../maintenance-assets.repository.js';
import { chosenRooms, roomTypeLabel, roomsOfType } from '../maintenance.repository.js';

/**
 * One job's worth of a plan: a room (key = room id), a card (key = asset id) or everything at once
 * (key 0). A plan has one kind of target, so room and asset ids never share a plan's keys.
 */
export interface PlanTarget {
  key: number; roomId: number | null; campusId: number | null; buildingId: number | null; name: string;
  assetId: number | null;
  /** Every card the job covers, for their timelines (one for `each`, all of them for `together`). */
  assetIds: number[];
}

interface PlanShape { id: number; school_id: number; target_type: string; room_type: string | null; grouping: string }

const assetLabel = (a: AssetRef) => (a.place ? `${a.place} · ${a.name}（${a.code}）` : `${a.name}（${a.code}）`);

/** Cards a plan covers now: its chosen ones still on the books, or those of its category. */
async function assetTargets(db: Kysely<Database> | Tx, plan: PlanShape): Promise<PlanTarget[]> {
  let assets: AssetRef[];
  let groupName: (n: number) => string;
  if (plan.target_type === 'assets') {
    assets = ((await chosenAssets(db, plan.school_id, [plan.id])).get(plan.id) ?? []).filter((a) => a.status !== 'disposed');
    groupName = (n) => `${assets[0]?.name ?? ''} 等 ${n} 件资产`;
  } else {
    const category = (await planAssetCategories(db, plan.school_id, [plan.id])).get(plan.id);
    assets = category ? await assetsOfCategory(db, plan.school_id, category.id) : [];
    groupName = (n) => `全部${category?.name ?? ''}（${n}件）`;
  }
  if (assets.length === 0) return [];
  if (plan.grouping === 'each' || assets.length === 1) {
    return assets.map((a) => ({ key: a.id, roomId: a.roomId, campusId: a.campusId, buildingId: a.buildingId, name: assetLabel(a), assetId: a.id, assetIds: [a.id] }));
  }
  // One job for cards in several rooms: its place is the room only when they all share one.
  const rooms = new Set(assets.map((a) => a.roomId));
  const first = assets[0] as AssetRef;
  const one = rooms.size === 1 && first.roomId !== null;
  return [{
    key: 0, roomId: one ? first.roomId : null, campusId: one ? first.campusId : null, buildingId: one ? first.buildingId : null,
    name: groupName(assets.length), assetId: null, assetIds: assets.map((a) => a.id),
  }];
}

/** What a plan covers right now: 全校, its chosen rooms, the active rooms of its type, or cards. */
export async function targetsOf(db: Kysely<Database> | Tx, plan: PlanShape): Promise<PlanTarget[]> {
  if (plan.target_type === 'school') return [{ key: 0, roomId: null, campusId: null, buildingId: null, name: '全校', assetId: null, assetIds: [] }];
  if (plan.target_type === 'assets' || plan.target_type === 'asset_category') return assetTargets(db, plan);
  const rooms = plan.target_type === 'rooms'
    ? (await chosenRooms(db, plan.school_id, [plan.id])).get(plan.id) ?? []
    : await roomsOfType(db, plan.school_id, plan.room_type ?? '');
  if (rooms.length === 0) return [];
  if (plan.grouping === 'each' || rooms.length === 1) {
    return rooms.map((r) => ({ key: r.id, roomId: r.id, campusId: r.campusId, buildingId: r.buildingId, name: r.name, assetId: null, assetIds: [] }));
  }
  const name = plan.target_type === 'room_type' ? `全部${roomTypeLabel(plan.room_type)}（${rooms.length}间）` : `${rooms[0]?.name ?? ''} 等 ${rooms.length} 个房间`;
  return [{ key: 0, roomId: null, campusId: null, buildingId: null, name, assetId: null, assetIds: [] }];
}
