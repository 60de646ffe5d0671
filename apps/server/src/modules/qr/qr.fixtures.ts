import type { Db } from '../../platform/db/database.js';

const now = () => new Date().toISOString();

/**
 * Test-only: a room (and its building) written straight to the tables, so QR and file tests do
 * not depend on the org module's routes. Uses the campus every new school gets.
 */
export async function makeRoom(
  db: Db,
  schoolId: number,
  opts: { name: string; buildingName?: string; floor?: number | null },
): Promise<number> {
  const campus = await db.kysely.selectFrom('campuses').select('id').where('school_id', '=', schoolId).orderBy('id').executeTakeFirstOrThrow();
  let buildingId: number | null = null;
  if (opts.buildingName) {
    const existing = await db.kysely.selectFrom('buildings').select('id').where('school_id', '=', schoolId).where('name', '=', opts.buildingName).executeTakeFirst();
    buildingId = existing?.id ?? (await db.kysely.insertInto('buildings').values({
      school_id: schoolId, campus_id: campus.id, name: opts.buildingName, code: null, floors_above: 5, floors_below: 0, sort: 0,
      created_at: now(), updated_at: now(),
    }).returning('id').executeTakeFirstOrThrow()).id;
  }
  const room = await db.kysely.insertInto('rooms').values({
    school_id: schoolId, campus_id: campus.id, building_id: buildingId, floor: opts.floor ?? null, code: null, name: opts.name,
    room_type: 'classroom', capacity: null, area_m2: null, department_id: null, keeper_user_id: null, note: '钥匙在门卫室', active: 1,
    created_at: now(), updated_at: now(),
  }).returning('id').executeTakeFirstOrThrow();
  return room.id;
}
