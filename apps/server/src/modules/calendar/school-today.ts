import type { Kysely } from 'kysely';
import { localDate } from '../../platform/calendar/time-zone.js';
import type { Tx } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/errors.js';

/**
 * Today's date (YYYY-MM-DD) where the school is. "Not later than today" checks must use it, not the
 * server's UTC date: from midnight to 8 a.m. in China the UTC date is still yesterday, and a date
 * entered as today would be refused. The caller has checked the school is in scope.
 */
export async function schoolToday(db: Kysely<Database> | Tx, schoolId: number, now = new Date()): Promise<string> {
  const school = await db.selectFrom('schools').select('timezone').where('id', '=', schoolId).executeTakeFirst();
  if (!school) throw notFound('学校');
  return localDate(now, school.timezone);
}
