import type { Kysely } from 'kysely';
import { registerChecklistSubject } from '../../../platform/checklists/checklist-subjects.js';
import type { Database } from '../../../platform/db/schema.js';

async function describeSchools(db: Kysely<Database>, schoolIds: number[], ids: number[]) {
  if (schoolIds.length === 0 || ids.length === 0) return new Map<number, { name: string; roomId: null }>();
  const rows = await db.selectFrom('schools').select(['id', 'name']).where('id', 'in', schoolIds).where('id', 'in', ids).execute();
  return new Map(rows.map((s) => [s.id, { name: s.name, roomId: null }]));
}

/** Whole-school checks (开学前校舍和消防设施安全检查): the subject id is the school's own id. */
export function registerSchoolChecklistSubject(): void {
  registerChecklistSubject('school', {
    label: '全校',
    describe: async (db, schoolIds, id) => (await describeSchools(db, schoolIds, [id])).get(id),
    describeMany: describeSchools,
    canRecord: async (_db, actor, id) => actor.schoolId === id,
  });
}
