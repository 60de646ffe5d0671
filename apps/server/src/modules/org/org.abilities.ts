import type { Resource } from '@houqin/contracts';
import { type Actor, hasPermission } from '../../platform/authz/actor.js';

/** Record buttons: only the actor's own school is editable, and only with the permission. */
export function crudAbilities(actor: Actor, resource: Resource, schoolId: number): { update: boolean; delete: boolean } {
  const own = actor.schoolId === schoolId;
  return { update: own && hasPermission(actor, resource, 'update'), delete: own && hasPermission(actor, resource, 'delete') };
}
