import type { Kysely } from 'kysely';
import { mondayOf } from '../../../platform/calendar/dates.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Tx, deleteAudited, insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound } from '../../../platform/http/errors.js';
import { checkTermDates, overlapConflict } from '../calendar.policy.js';
import { presentTerm } from '../calendar.presenter.js';
import { type TermRow, findOverlappingTerm, findSchoolYear, findTerm, lockSchoolCalendar, rowAs } from '../calendar.repository.js';
import type { Term, TermBody, TermPatch } from '../calendar.schemas.js';

const ENTITY = { table: 'terms', entity: 'term', label: '学期' } as const;

interface TermDates { startDate: string; endDate: string; week1Start: string }

/** Dates a term may have: inside its year, week 1 on a Monday, and no day shared with another term of the school. */
async function checkTermPlacement(tx: Tx, schoolId: number, schoolYearId: number, dates: TermDates, exceptId: number | null): Promise<void> {
  const year = await findSchoolYear(tx, [schoolId], schoolYearId);
  if (!year) throw notFound('学年');
  checkTermDates(dates, { startDate: year.start_date, endDate: year.end_date });
  const clash = await findOverlappingTerm(tx, schoolId, dates, exceptId);
  if (clash) throw overlapConflict('学期', clash);
}

/** Adds a term to one of the actor's school years; week 1 defaults to the Monday of the first day. */
export async function createTerm(db: Kysely<Database>, actor: Actor, body: TermBody): Promise<Term> {
  const schoolId = writableSchoolId(actor);
  const dates = { startDate: body.startDate, endDate: body.endDate, week1Start: body.week1Start ?? mondayOf(body.startDate) };
  return runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    await checkTermPlacement(tx, schoolId, body.schoolYearId, dates, null);
    const row = await insertAudited(tx, auditContextOf(actor), ENTITY.table, ENTITY.entity, {
      school_id: schoolId, school_year_id: body.schoolYearId, name: body.name,
      start_date: dates.startDate, end_date: dates.endDate, week1_start: dates.week1Start,
    });
    return presentTerm(rowAs<TermRow>(row));
  });
}

/**
 * Changes a term's name or dates. Moving the start without naming week1Start keeps week 1 on the
 * Monday of the new first day, so week numbers follow the term.
 */
export async function updateTerm(db: Kysely<Database>, actor: Actor, id: number, patch: TermPatch): Promise<Term> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    const current = await findTerm(tx, [schoolId], id);
    if (!current) throw notFound(ENTITY.label);
    const startDate = patch.startDate ?? current.start_date;
    const week1Start = patch.week1Start ?? (patch.startDate ? mondayOf(patch.startDate) : current.week1_start);
    const dates = { startDate, endDate: patch.endDate ?? current.end_date, week1Start };
    await checkTermPlacement(tx, schoolId, current.school_year_id, dates, id);
    const row = await updateAudited(tx, auditContextOf(actor), {
      ...ENTITY, id, schoolIds: [schoolId], version: patch.version,
      patch: { name: patch.name ?? current.name, start_date: dates.startDate, end_date: dates.endDate, week1_start: dates.week1Start },
    });
    return presentTerm(rowAs<TermRow>(row));
  });
}

export async function deleteTerm(db: Kysely<Database>, actor: Actor, id: number, version: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    await deleteAudited(tx, auditContextOf(actor), { ...ENTITY, id, schoolIds: [schoolId], version });
  });
}
