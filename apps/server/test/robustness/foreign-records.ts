import type { Kysely } from 'kysely';
import type { Db } from '../../src/platform/db/database.js';
import { tableColumns } from './database-catalog.js';

const now = () => new Date().toISOString();

/** Gives school B a record in every table a path id can point at, so requests can aim at them. */
export async function seedForeignRecords(db: Db, schoolB: number): Promise<void> {
  const k = db.kysely;
  const stamps = { created_at: now(), updated_at: now() };
  const campus = await k.selectFrom('campuses').select('id').where('school_id', '=', schoolB).executeTakeFirstOrThrow();
  const teacher = await k.selectFrom('users').select('id').where('staff_no', '=', 'b-teacher').executeTakeFirstOrThrow();
  const building = await k.insertInto('buildings').values({ school_id: schoolB, campus_id: campus.id, name: '二校教学楼', code: 'B', floors_above: 3, floors_below: 0, sort: 0, ...stamps })
    .returning('id').executeTakeFirstOrThrow();
  const room = await k.insertInto('rooms').values({
    school_id: schoolB, campus_id: campus.id, building_id: building.id, floor: 1, code: 'B101', name: '二校101', room_type: 'classroom',
    capacity: 40, area_m2: 60, department_id: null, keeper_user_id: null, note: null, active: 1, ...stamps,
  }).returning('id').executeTakeFirstOrThrow();
  const grade = await k.insertInto('grades').values({ school_id: schoolB, name: '一年级', sort: 0, ...stamps }).returning('id').executeTakeFirstOrThrow();
  await k.insertInto('classes').values({ school_id: schoolB, grade_id: grade.id, name: '一(1)班', head_teacher_id: teacher.id, room_id: room.id, ...stamps }).execute();
  const batch = await k.insertInto('qr_batches').values({ school_id: schoolB, name: '二校标签', size: 1, created_by: null, created_at: now() }).returning('id').executeTakeFirstOrThrow();
  await k.insertInto('qr_codes').values({ school_id: schoolB, code: 'BQR7X2K9', batch_id: batch.id, target_type: 'room', target_id: room.id, linked_at: now(), ...stamps }).execute();
  await k.insertInto('notifications').values({ school_id: schoolB, user_id: teacher.id, kind: 'test', title: '二校消息', body: '仅二校可见', link: null, created_at: now(), read_at: null }).execute();
  await k.insertInto('files').values({
    school_id: schoolB, owner_type: 'room', owner_id: room.id, original_name: '照片.jpg', mime: 'image/jpeg', size: 1, sha256: '0'.repeat(64),
    storage_key: 'missing/file', thumb_key: null, width: null, height: null, created_by: teacher.id, created_at: now(),
  }).execute();
}

const snake = (s: string) => s.replace(/-/g, '_');

/**
 * A real value of school B for a path parameter, guessed from the path: `/rooms/{id}` → an id
 * from `rooms`, `/calendar/days/{id}` → `calendar_days`, `/qr-codes/{code}` → a `qr_codes.code`.
 * Works for routes added later as long as they follow the REST naming of the rest of the API.
 */
export async function foreignValueFinder(db: Db, schoolB: number) {
  const tables = await tableColumns(db);
  return async (segments: string[], index: number, param: string, isInteger: boolean): Promise<string | undefined> => {
    const prev = segments[index - 1] ?? '';
    const candidates = [snake(prev), snake(`${segments[index - 2] ?? ''}_${prev}`), `${snake(prev)}s`];
    const column = isInteger ? 'id' : param;
    for (const table of candidates) {
      const cols = tables.get(table);
      if (!cols || !cols.has(column) || !(cols.has('school_id') || table === 'schools')) continue;
      const schoolColumn = table === 'schools' ? 'id' : 'school_id';
      // why: the table is only known at run time here, so the row is read through a loosely typed builder.
      const loose = db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
      const row = await loose.selectFrom(table).select(column).where(schoolColumn, '=', schoolB).orderBy(column, 'desc').limit(1).executeTakeFirst();
      const value = row?.[column];
      if (value !== undefined && value !== null) return String(value);
    }
    return undefined;
  };
}
