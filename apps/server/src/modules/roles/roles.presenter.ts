import { DATA_SCOPE_LABELS, ROLE_LABELS } from '@houqin/contracts';
import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import type { RoleSetting } from '../../platform/authz/role-settings.js';
import { allowedDataScopes } from './roles.policy.js';
import type { RoleDto } from './roles.schemas.js';

export function presentRole(setting: RoleSetting, userCount: number, actor: Actor): RoleDto {
  const customised = setting.version > 0;
  const update = hasPermission(actor, 'role', 'update') && actor.schoolId !== null;
  return {
    key: setting.roleKey,
    label: ROLE_LABELS[setting.roleKey],
    dataScope: setting.dataScope,
    dataScopeLabel: DATA_SCOPE_LABELS[setting.dataScope],
    permissions: setting.permissions,
    version: setting.version,
    userCount,
    customised,
    allowedDataScopes: allowedDataScopes(setting.roleKey),
    abilities: { update, reset: update && customised },
  };
}
