import { invalidField, notFound } from '../http/errors.js';
import type { Actor } from './actor.js';

/**
 * The schools a list read covers: the actor's own, or one school they name (district readers),
 * or every school they may read when they name none. A school they may not read gives no rows.
 */
export function readSchoolIds(actor: Actor, schoolId?: number): number[] {
  if (schoolId === undefined) return actor.schoolId !== null ? [actor.schoolId] : actor.readableSchoolIds;
  return actor.readableSchoolIds.includes(schoolId) ? [schoolId] : [];
}

/** The one school a read is about (a calendar, a report): the actor's own or one they name; 404 outside their reach. */
export function readSchoolId(actor: Actor, schoolId?: number): number {
  const id = schoolId ?? actor.schoolId;
  if (id === null) throw invalidField('schoolId', '请选择要查看的学校');
  if (!actor.readableSchoolIds.includes(id)) throw notFound('学校');
  return id;
}
