import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { readSchoolId } from '../../../platform/authz/read-scope.js';
import { dayNumberOf } from '../../../platform/calendar/dates.js';
import { localDate } from '../../../platform/calendar/time-zone.js';
import type { Database } from '../../../platform/db/schema.js';
import { forbidden, invalidField, notFound } from '../../../platform/http/errors.js';
import type { AssetScope } from '../assets.repository.js';

export interface ReportSchool { id: number; name: string; timezone: string; today: string }

/**
 * The one school a report adds up (the caller has checked the permission). Reports total the whole
 * school, which teachers and department readers may not see card by card, so they need a school or
 * district scope; a district reader names one school of their district, anything else is 404.
 */
export async function reportSchoolOf(db: Kysely<Database>, actor: Actor, schoolId: number | undefined, now = new Date()): Promise<ReportSchool> {
  if (actor.dataScope !== 'school' && actor.dataScope !== 'district') throw forbidden('资产报表仅限全校范围的账号查看');
  const id = readSchoolId(actor, schoolId);
  // scope: readSchoolId has limited the id to the actor's readable schools.
  const school = await db.selectFrom('schools').select(['id', 'name', 'timezone']).where('id', '=', id).executeTakeFirst();
  if (!school) throw notFound('学校');
  return { ...school, today: localDate(now, school.timezone) };
}

/** Every card of the school, whatever the reader's own data scope (reportSchoolOf has required a school-wide one). */
export const schoolScope = (school: ReportSchool): AssetScope => ({ schoolIds: [school.id], own: null });

/** 截至日期: a real date no later than the school's today; by default today. */
export function asOfDate(asOf: string | undefined, school: ReportSchool): string {
  if (asOf === undefined) return school.today;
  try { dayNumberOf(asOf); } catch { throw invalidField('asOf', '「截至日期」无效，应为 YYYY-MM-DD'); }
  if (asOf > school.today) throw invalidField('asOf', '「截至日期」不能晚于今天');
  return asOf;
}
