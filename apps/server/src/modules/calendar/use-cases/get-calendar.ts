import type { Kysely } from 'kysely';
import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { presentDay, presentSchoolYear } from '../calendar.presenter.js';
import { findSchoolSettings, listDays, listSchoolYears, listTermsOfYears } from '../calendar.repository.js';
import type { Calendar } from '../calendar.schemas.js';
import { parseWorkHours } from '../work-hours.js';

/**
 * One school's calendar for the 校历 page: school years with their terms, holidays and make-up
 * days, weekly hours and the school version needed to save them. `year` narrows years and days to
 * one calendar year. Four queries whatever the size.
 */
export async function getCalendar(db: Kysely<Database>, actor: Actor, schoolId: number, year: number | undefined): Promise<Calendar> {
  const school = await findSchoolSettings(db, schoolId);
  const years = await listSchoolYears(db, schoolId, year);
  const terms = await listTermsOfYears(db, schoolId, years.map((y) => y.id));
  const days = await listDays(db, schoolId, year);
  // Buttons only for the actor's own school: nobody writes another school's calendar.
  const own = actor.schoolId === schoolId;
  return {
    schoolId,
    timezone: school.timezone,
    workHours: parseWorkHours(school.work_hours) as Calendar['workHours'],
    schoolVersion: school.version,
    schoolYears: years.map((y) => presentSchoolYear(y, terms)),
    days: days.map(presentDay),
    abilities: {
      create: own && hasPermission(actor, 'calendar', 'create'),
      update: own && hasPermission(actor, 'calendar', 'update'),
      delete: own && hasPermission(actor, 'calendar', 'delete'),
    },
  };
}
