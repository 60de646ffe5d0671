import type { Kysely } from 'kysely';
import { registerChecklistSubject } from '../../../platform/checklists/checklist-subjects.js';
import type { Database } from '../../../platform/db/schema.js';

async function describeRooms(db: Kysely<Database>, schoolIds: number[], ids: number[]) {
  if (schoolIds.length === 0 || ids.length === 0) return new Map<number, { name: string; roomId: number }>();
  const rows = await db
    .selectFrom('rooms as r')
    .leftJoin('buildings as b', 'b.id', 'r.building_id')
    .select(['r.id', 'r.name', 'b.name as building_name'])
    .where('r.school_id', 'in', schoolIds)
    .where('r.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.building_name ? `${r.building_name} ${r.name}` : r.name, roomId: r.id }]));
}

/** Checks of a place (门窗, 照明, 电扇 in a classroom): anyone of the school who does checklists may record them. */
export function registerRoomChecklistSubject(): void {
  registerChecklistSubject('room', {
    label: '房间',
    describe: async (db, schoolIds, id) => (await describeRooms(db, schoolIds, [id])).get(id),
    describeMany: describeRooms,
    async canRecord(db, actor, id) {
      if (actor.schoolId === null) return false;
      return (await describeRooms(db, [actor.schoolId], [id])).has(id);
    },
  });
}
