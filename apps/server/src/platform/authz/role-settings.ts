import {
  DATA_SCOPES,
  DEFAULT_DATA_SCOPE,
  DEFAULT_PERMISSIONS,
  type DataScope,
  type Permission,
  type RoleKey,
  isPermission,
  permissionsOf,
} from '@houqin/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface RoleSetting { roleKey: RoleKey; dataScope: DataScope; permissions: Permission[]; version: number }

export function defaultRoleSetting(roleKey: RoleKey): RoleSetting {
  return { roleKey, dataScope: DEFAULT_DATA_SCOPE[roleKey], permissions: permissionsOf(DEFAULT_PERMISSIONS[roleKey]), version: 0 };
}

function parsePermissions(json: string): Permission[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((p): p is Permission => typeof p === 'string' && isPermission(p)) : [];
}

function isDataScope(v: string): v is DataScope {
  return (DATA_SCOPES as readonly string[]).includes(v);
}

/** A school's settings for the given roles; roles it has not customised fall back to the defaults. */
export async function loadRoleSettings(db: Kysely<Database>, schoolId: number | null, roles: RoleKey[]): Promise<RoleSetting[]> {
  if (roles.length === 0) return [];
  const rows = schoolId === null
    ? []
    : await db.selectFrom('role_settings').selectAll().where('school_id', '=', schoolId).where('role_key', 'in', roles).execute();
  return roles.map((roleKey) => {
    const row = rows.find((r) => r.role_key === roleKey);
    if (!row) return defaultRoleSetting(roleKey);
    return {
      roleKey,
      dataScope: isDataScope(row.data_scope) ? row.data_scope : DEFAULT_DATA_SCOPE[roleKey],
      permissions: parsePermissions(row.permissions),
      version: row.version,
    };
  });
}
