import { ROLE_LABELS } from '@houqin/contracts';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { Me } from './auth.schemas.js';

export async function presentMe(db: Kysely<Database>, actor: Actor, csrfToken: string): Promise<Me> {
  const row = await db
    .selectFrom('users')
    .leftJoin('schools', 'schools.id', 'users.school_id')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select(['users.phone', 'schools.name as school_name', 'schools.timezone', 'departments.name as department_name'])
    .where('users.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const unread = await db
    .selectFrom('notifications')
    .select(sql<number>`count(*)`.as('n'))
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return {
    id: actor.userId,
    name: actor.name,
    staffNo: actor.staffNo,
    phone: row.phone,
    schoolId: actor.schoolId,
    schoolName: row.school_name,
    schoolTimezone: row.timezone ?? 'Asia/Shanghai',
    departmentName: row.department_name,
    roles: actor.roles,
    roleLabels: actor.roles.map((r) => ROLE_LABELS[r]),
    permissions: [...actor.permissions].sort(),
    dataScope: actor.dataScope,
    mustChangePassword: actor.mustChangePassword,
    csrfToken,
    unreadNotifications: Number(unread?.n ?? 0),
  };
}
