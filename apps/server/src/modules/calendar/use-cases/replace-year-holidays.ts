import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { checkHolidaySchedule } from '../calendar.policy.js';
import { presentDay } from '../calendar.presenter.js';
import { findSchoolSettings, listDays, lockSchoolCalendar } from '../calendar.repository.js';
import type { BulkHolidaysBody, CalendarDay } from '../calendar.schemas.js';
import { holidayDays } from '../calendar.seed.js';
import { parseWorkHours } from '../work-hours.js';

/**
 * Enters a year's State Council holiday schedule (国务院办公厅关于某年部分节假日安排的通知) for the
 * actor's school, e.g. a year published after installation. Every day off and make-up day of that
 * year is replaced in one transaction and one audit event records the old and new lists.
 */
export async function replaceYearHolidays(db: Kysely<Database>, actor: Actor, body: BulkHolidaysBody): Promise<{ year: number; days: CalendarDay[] }> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    const school = await findSchoolSettings(tx, schoolId);
    checkHolidaySchedule(body, parseWorkHours(school.work_hours));
    const entries = holidayDays({ year: body.year, holidays: body.holidays.map((h) => ({ ...h, off: [...h.off] })) });
    // A break may spill into the neighbouring year (元旦 from 30 December): those dates are replaced too.
    const dates = new Set(entries.map((e) => e.date));
    const affected = (date: string) => date.startsWith(`${body.year}-`) || dates.has(date);
    // One school holds a few dozen dated entries a year, so reading them all is cheaper than a second filter.
    const before = (await listDays(tx, schoolId)).filter((d) => affected(d.date));
    if (before.length) await tx.deleteFrom('calendar_days').where('school_id', '=', schoolId).where('id', 'in', before.map((d) => d.id)).execute();
    const inserted = entries.length
      ? await tx.insertInto('calendar_days').values(entries.map((e) => ({ school_id: schoolId, ...e }))).returningAll().execute()
      : [];
    await recordAudit(tx, auditContextOf(actor), {
      entity: 'calendar', entityId: body.year, action: 'import', schoolId,
      before: { days: before.map(({ date, kind, name }) => ({ date, kind, name })) },
      after: { days: entries },
    });
    return { year: body.year, days: inserted.sort((a, b) => a.date.localeCompare(b.date)).map(presentDay) };
  });
}
