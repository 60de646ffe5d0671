import type { RoleKey } from '@houqin/contracts';
import type { AuditContext } from '../platform/audit/audit.js';
import { type Tx, insertAudited, updateAudited } from '../platform/db/audited-writes.js';
import { type CampusSpec, type RoomSpec, className } from './demo-data.js';

export interface PlaceRefs {
  schoolId: number;
  departments: Map<string, number>;
  staff: Map<RoleKey, number>;
  /** 班主任 of each class, by class name, who also keeps its classroom. */
  headTeacherOf: Map<string, number>;
}

export interface PlacesResult { campuses: number; buildings: number; rooms: number; classrooms: Map<string, number> }

function roomValues(spec: RoomSpec, refs: PlaceRefs) {
  return {
    school_id: refs.schoolId,
    room_type: spec.type,
    name: spec.name,
    capacity: spec.capacity ?? null,
    area_m2: spec.area ?? null,
    department_id: spec.department ? refs.departments.get(spec.department) ?? null : null,
    keeper_user_id: spec.keptBy ? refs.staff.get(spec.keptBy) ?? null : null,
    note: null,
    active: 1,
  };
}

/** Campuses, buildings and every room, floor by floor; classrooms are returned by class name. */
export async function seedPlaces(tx: Tx, ctx: AuditContext, campuses: CampusSpec[], refs: PlaceRefs): Promise<PlacesResult> {
  const result: PlacesResult = { campuses: 0, buildings: 0, rooms: 0, classrooms: new Map() };
  const grades = new Map<string, number>();
  for (const [ci, campus] of campuses.entries()) {
    const campusId = await campusIdFor(tx, ctx, campus, ci, refs.schoolId);
    result.campuses += 1;
    for (const [bi, b] of campus.buildings.entries()) {
      const building = await insertAudited(tx, ctx, 'buildings', 'building', {
        school_id: refs.schoolId, campus_id: campusId, name: b.name, code: b.code, floors_above: b.floorsAbove, floors_below: b.floorsBelow ?? 0, sort: bi,
      });
      result.buildings += 1;
      for (const floor of b.floors) {
        let seq = 0;
        const place = { campus_id: campusId, building_id: building.id, floor: floor.floor };
        const code = () => `${b.code}${floor.floor}${String(++seq).padStart(2, '0')}`;
        for (const grade of floor.grades ?? []) {
          const count = grades.get(grade) ?? countClasses(refs, grade);
          grades.set(grade, count);
          for (let n = 1; n <= count; n++) {
            const name = className(grade, n);
            const room = await insertAudited(tx, ctx, 'rooms', 'room', {
              ...roomValues({ name: `${name}教室`, type: 'classroom', capacity: 45, area: 72 }, refs), ...place, code: code(),
              keeper_user_id: refs.headTeacherOf.get(name) ?? null,
            });
            result.classrooms.set(name, room.id);
            result.rooms += 1;
          }
        }
        for (const spec of floor.rooms ?? []) {
          await insertAudited(tx, ctx, 'rooms', 'room', { ...roomValues(spec, refs), ...place, code: code() });
          result.rooms += 1;
        }
      }
    }
    for (const spec of campus.grounds) {
      await insertAudited(tx, ctx, 'rooms', 'room', { ...roomValues(spec, refs), campus_id: campusId, building_id: null, floor: null, code: null });
      result.rooms += 1;
    }
  }
  return result;
}

function countClasses(refs: PlaceRefs, grade: string): number {
  let n = 0;
  while (refs.headTeacherOf.has(className(grade, n + 1))) n += 1;
  return n;
}

/** create-school already made 本部; give it its address, and add the other campuses. */
async function campusIdFor(tx: Tx, ctx: AuditContext, campus: CampusSpec, sort: number, schoolId: number): Promise<number> {
  const existing = await tx.selectFrom('campuses').select(['id', 'version']).where('school_id', '=', schoolId).where('name', '=', campus.name).executeTakeFirst();
  if (!existing) {
    return (await insertAudited(tx, ctx, 'campuses', 'campus', { school_id: schoolId, name: campus.name, address: campus.address, sort })).id;
  }
  await updateAudited(tx, ctx, {
    table: 'campuses', entity: 'campus', label: '校区', id: existing.id, schoolIds: [schoolId], version: existing.version, patch: { address: campus.address },
  });
  return existing.id;
}
