import type { RoleKey } from '@houqin/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export type Db = Kysely<Database>;

/** Active users per role in one school, in one grouped query. */
export async function activeUserCountsByRole(db: Db, schoolId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['user_roles.role_key', sql<number>`count(*)`.as('n')])
    .where('users.school_id', '=', schoolId)
    .where('users.active', '=', 1)
    .groupBy('user_roles.role_key')
    .execute();
  return new Map(rows.map((r) => [r.role_key, Number(r.n)]));
}

export async function findRoleSettingRow(db: Db, schoolId: number, role: RoleKey) {
  return db.selectFrom('role_settings').select(['id', 'version']).where('school_id', '=', schoolId).where('role_key', '=', role).executeTakeFirst();
}
