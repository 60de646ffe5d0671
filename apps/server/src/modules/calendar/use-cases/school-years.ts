import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { deleteAudited, insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { notFound, platformError } from '../../../platform/http/errors.js';
import { checkSchoolYearDates, overlapConflict } from '../calendar.policy.js';
import { presentSchoolYear } from '../calendar.presenter.js';
import {
  type SchoolYearRow, findOverlappingSchoolYear, findSchoolYear, listTermsOfYears, lockSchoolCalendar, rowAs,
} from '../calendar.repository.js';
import type { SchoolYear, SchoolYearBody, SchoolYearPatch } from '../calendar.schemas.js';

const ENTITY = { table: 'school_years', entity: 'school_year', label: '学年' } as const;

/** Adds a school year to the actor's school; school years of one school never overlap. */
export async function createSchoolYear(db: Kysely<Database>, actor: Actor, body: SchoolYearBody): Promise<SchoolYear> {
  const schoolId = writableSchoolId(actor);
  checkSchoolYearDates(body);
  return runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    const clash = await findOverlappingSchoolYear(tx, schoolId, body, null);
    if (clash) throw overlapConflict('学年', clash);
    const row = await insertAudited(tx, auditContextOf(actor), ENTITY.table, ENTITY.entity, {
      school_id: schoolId, name: body.name, start_date: body.startDate, end_date: body.endDate,
    });
    return presentSchoolYear(rowAs<SchoolYearRow>(row), []);
  });
}

/** Renames or moves a school year; its terms must stay inside it. */
export async function updateSchoolYear(db: Kysely<Database>, actor: Actor, id: number, patch: SchoolYearPatch): Promise<SchoolYear> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db, async (tx) => {
    await lockSchoolCalendar(tx, schoolId);
    const current = await findSchoolYear(tx, [schoolId], id);
    if (!current) throw notFound(ENTITY.label);
    const next = { startDate: patch.startDate ?? current.start_date, endDate: patch.endDate ?? current.end_date };
    checkSchoolYearDates(next);
    const terms = await listTermsOfYears(tx, schoolId, [id]);
    const outside = terms.find((t) => t.start_date < next.startDate || t.end_date > next.endDate);
    if (outside) {
      throw platformError('CONFLICT', `学年日期必须包含其下的学期「${outside.name}」（${outside.start_date} 至 ${outside.end_date}），请先调整学期`);
    }
    const clash = await findOverlappingSchoolYear(tx, schoolId, next, id);
    if (clash) throw overlapConflict('学年', clash);
    const row = await updateAudited(tx, auditContextOf(actor), {
      ...ENTITY, id, schoolIds: [schoolId], version: patch.version,
      patch: { name: patch.name ?? current.name, start_date: next.startDate, end_date: next.endDate },
    });
    return presentSchoolYear(rowAs<SchoolYearRow>(row), terms);
  });
}

/** Deletes an empty school year; one that still has terms is refused so no term vanishes by accident. */
export async function deleteSchoolYear(db: Kysely<Database>, actor: Actor, id: number, version: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    const current = await findSchoolYear(tx, [schoolId], id);
    if (!current) throw notFound(ENTITY.label);
    const terms = await listTermsOfYears(tx, schoolId, [id]);
    if (terms.length) throw platformError('IN_USE', `该学年下还有 ${terms.length} 个学期，请先删除学期`);
    await deleteAudited(tx, auditContextOf(actor), { ...ENTITY, id, schoolIds: [schoolId], version });
  });
}
