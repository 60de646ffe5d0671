import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { deleteAudited, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { checkMakeupDay } from '../calendar.policy.js';
import { presentDay } from '../calendar.presenter.js';
import { findDayByDate, findSchoolSettings, lockSchoolCalendar } from '../calendar.repository.js';
import type { CalendarDay, DayBody } from '../calendar.schemas.js';
import { parseWorkHours } from '../work-hours.js';

const ENTITY = 'calendar_day';

/**
 * Sets one date of the actor's school to a day off or a make-up working day, replacing what that
 * date held; saving what is already there changes nothing and records nothing.
 */
export async function upsertDay(db: Kysely<Database>, actor: Actor, body: DayBody): Promise<CalendarDay> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    if (body.kind === 'workday') {
      const school = await findSchoolSettings(tx, schoolId);
      checkMakeupDay(body.date, parseWorkHours(school.work_hours), 'date');
    }
    const ctx = auditContextOf(actor);
    const existing = await findDayByDate(tx, schoolId, body.date);
    if (!existing) {
      const row = await tx.insertInto('calendar_days').values({ school_id: schoolId, date: body.date, kind: body.kind, name: body.name })
        .returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, { entity: ENTITY, entityId: row.id, action: 'create', after: row, schoolId });
      return presentDay(row);
    }
    if (existing.kind === body.kind && existing.name === body.name) return presentDay(existing);
    const row = await tx.updateTable('calendar_days').set({ kind: body.kind, name: body.name })
      .where('id', '=', existing.id).where('school_id', '=', schoolId).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      entity: ENTITY, entityId: row.id, action: 'update', schoolId,
      before: { kind: existing.kind, name: existing.name }, after: { kind: row.kind, name: row.name },
    });
    return presentDay(row);
  });
}

/** Removes a day off or make-up day: the date falls back to the weekly hours. */
export async function deleteDay(db: Kysely<Database>, actor: Actor, id: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    await deleteAudited(tx, auditContextOf(actor), { table: 'calendar_days', entity: ENTITY, label: '校历日期', id, schoolIds: [schoolId] });
  });
}
