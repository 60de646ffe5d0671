import type { Resource } from '@houqin/contracts';
import { type Actor, hasPermission } from '../../platform/authz/actor.js';

/** Record buttons: only the actor's own school is editable, and only with the permission. */
export function crudAbilities(actor: Actor, resource: Resource, schoolId: number): { update: boolean; delete: boolean } {
  const own = actor.schoolId === schoolId;
  return { update: own && hasPermission(actor, resource, 'update'), delete: own && hasPermission(actor, resource, 'delete') };
}

/** The school a read targets: the actor's own, or (for district readers) one they name. */
export function readSchoolIds(actor: Actor, schoolId?: number): number[] {
  if (schoolId === undefined) return actor.schoolId !== null ? [actor.schoolId] : actor.readableSchoolIds;
  return actor.readableSchoolIds.includes(schoolId) ? [schoolId] : [];
}
