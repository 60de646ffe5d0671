import {
  ACTIONS, ACTION_LABELS, DATA_SCOPES, DATA_SCOPE_LABELS, RESOURCES, RESOURCE_LABELS, ROLE_KEYS, type RoleKey, isRoleKey,
} from '@houqin/contracts';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { loadRoleSettings } from '../../../platform/authz/role-settings.js';
import { notFound } from '../../../platform/http/errors.js';
import { presentRole } from '../roles.presenter.js';
import { type Db, activeUserCountsByRole } from '../roles.repository.js';
import type { RoleDto, RolesResponse } from '../roles.schemas.js';

export function roleKeyOrThrow(key: string): RoleKey {
  if (!isRoleKey(key)) throw notFound('角色');
  return key;
}

/** Every built-in role as the actor's school has set it (or the default), with the vocabulary to edit it. */
export async function listRoles(db: Db, actor: Actor): Promise<RolesResponse> {
  const schoolId = writableSchoolId(actor);
  const settings = await loadRoleSettings(db, schoolId, [...ROLE_KEYS]);
  const counts = await activeUserCountsByRole(db, schoolId);
  return {
    resources: RESOURCES.map((key) => ({ key, label: RESOURCE_LABELS[key] })),
    actions: ACTIONS.map((key) => ({ key, label: ACTION_LABELS[key] })),
    dataScopes: DATA_SCOPES.map((key) => ({ key, label: DATA_SCOPE_LABELS[key] })),
    roles: settings.map((s) => presentRole(s, counts.get(s.roleKey) ?? 0, actor)),
  };
}

export async function showRole(db: Db, actor: Actor, role: RoleKey): Promise<RoleDto> {
  const schoolId = writableSchoolId(actor);
  const [setting] = await loadRoleSettings(db, schoolId, [role]);
  if (!setting) throw notFound('角色');
  const counts = await activeUserCountsByRole(db, schoolId);
  return presentRole(setting, counts.get(role) ?? 0, actor);
}
