import {
  DATA_SCOPES,
  DEFAULT_DATA_SCOPE,
  DEFAULT_PERMISSIONS,
  type DataScope,
  type Permission,
  type RoleKey,
  isPermission,
  isRoleKey,
  permissionsOf,
} from '@houqin/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface RoleSetting { roleKey: RoleKey; dataScope: DataScope; permissions: Permission[]; version: number }

// The built-in table never changes at run time; every request of a role without school overrides reads it.
const DEFAULT_PERMISSION_LISTS = new Map<RoleKey, Permission[]>();

export function defaultRoleSetting(roleKey: RoleKey): RoleSetting {
  let permissions = DEFAULT_PERMISSION_LISTS.get(roleKey);
  if (!permissions) {
    permissions = permissionsOf(DEFAULT_PERMISSIONS[roleKey]);
    DEFAULT_PERMISSION_LISTS.set(roleKey, permissions);
  }
  return { roleKey, dataScope: DEFAULT_DATA_SCOPE[roleKey], permissions: [...permissions], version: 0 };
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

/** A user_roles row left-joined with the school's role_settings row for that role. */
export interface RoleSettingRow { role_key: string | null; data_scope: string | null; permissions: string | null; version: number | null }

/** Turns joined rows into settings; roles the school has not customised get the built-in defaults. */
export function roleSettingsOfRows(rows: readonly RoleSettingRow[]): RoleSetting[] {
  return rows.flatMap((row) => {
    const roleKey = row.role_key;
    if (roleKey === null || !isRoleKey(roleKey)) return [];
    if (row.permissions === null || row.data_scope === null || row.version === null) return [defaultRoleSetting(roleKey)];
    return [{
      roleKey,
      dataScope: isDataScope(row.data_scope) ? row.data_scope : DEFAULT_DATA_SCOPE[roleKey],
      permissions: parsePermissions(row.permissions),
      version: row.version,
    }];
  });
}
