import type { Tx } from '../../platform/db/audited-writes.js';
import { invalidField, notFound } from '../../platform/http/errors.js';
import { requireInSchool } from '../../platform/http/scoped-crud.js';

export interface RoomPlacement { campusId: number; buildingId: number | null; floor: number | null }

/**
 * A room's building must be on its campus, and its floor must exist in that building
 * (1…地上层数, or -1…-地下层数; there is no floor 0 in Chinese numbering).
 */
export async function checkRoomPlacement(tx: Tx, schoolId: number, p: RoomPlacement): Promise<void> {
  await requireInSchool(tx, 'campuses', p.campusId, schoolId, '校区');
  if (p.buildingId === null) return;
  const b = await tx.selectFrom('buildings').select(['campus_id', 'floors_above', 'floors_below', 'name'])
    .where('id', '=', p.buildingId).where('school_id', '=', schoolId).executeTakeFirst();
  if (!b) throw notFound('楼宇');
  if (b.campus_id !== p.campusId) throw invalidField('buildingId', `「${b.name}」不在所选校区`);
  if (p.floor !== null && (p.floor === 0 || p.floor > b.floors_above || p.floor < -b.floors_below)) {
    const range = b.floors_below > 0 ? `-${b.floors_below} 至 ${b.floors_above}（不含 0）` : `1 至 ${b.floors_above}`;
    throw invalidField('floor', `「楼层」超出「${b.name}」的层数范围：${range}`);
  }
}

export async function checkRoomPeople(tx: Tx, schoolId: number, refs: { departmentId?: number | null; keeperUserId?: number | null }): Promise<void> {
  if (refs.departmentId) await requireInSchool(tx, 'departments', refs.departmentId, schoolId, '所属部门');
  if (refs.keeperUserId) await requireInSchool(tx, 'users', refs.keeperUserId, schoolId, '管理人');
}
