import type { Action, Permission, Resource } from '@houqin/contracts';
import type { Kysely } from 'kysely';
import { roleSettingsOfRows } from '../../../platform/authz/role-settings.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';

type Conn = Kysely<Database> | Tx;

/**
 * Active users of a school whose roles (with the school's own role settings) grant the permission,
 * optionally only those who see the whole school — who should hear about a document waiting for them.
 */
export async function usersWithPermission(db: Conn, schoolId: number, resource: Resource, action: Action, wholeSchool = false): Promise<number[]> {
  const rows = await db.selectFrom('user_roles as ur')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .leftJoin('role_settings as rs', (j) => j.onRef('rs.school_id', '=', 'ur.school_id').onRef('rs.role_key', '=', 'ur.role_key'))
    .select(['u.id', 'ur.role_key', 'rs.data_scope', 'rs.permissions', 'rs.version'])
    .where('ur.school_id', '=', schoolId).where('u.school_id', '=', schoolId).where('u.active', '=', 1)
    .orderBy('u.id').execute();
  const wanted: Permission = `${resource}:${action}`;
  const ids = rows.filter((r) => roleSettingsOfRows([r]).some((s) =>
    s.permissions.includes(wanted) && (!wholeSchool || s.dataScope === 'school' || s.dataScope === 'district')));
  return [...new Set(ids.map((r) => r.id))];
}
