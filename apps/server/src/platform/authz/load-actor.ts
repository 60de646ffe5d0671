import { type RoleKey, isRoleKey } from '@houqin/contracts';
import type { Kysely } from 'kysely';
import type { AuditContext } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { type Actor, widestScope } from './actor.js';
import { loadRoleSettings } from './role-settings.js';

/** Builds the request's Actor from a live session's user: roles, permissions and readable schools. */
export async function loadActor(db: Kysely<Database>, userId: number, sessionId: string, ip: string | null): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'staff_no', 'school_id', 'district_id', 'department_id', 'active', 'must_change_password'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.active !== 1) return null;
  const roleRows = await db.selectFrom('user_roles').select('role_key').where('user_id', '=', userId).execute();
  const roles = roleRows.map((r) => r.role_key).filter(isRoleKey) as RoleKey[];
  const settings = await loadRoleSettings(db, user.school_id, roles);
  const permissions = new Set(settings.flatMap((s) => s.permissions));
  const dataScope = widestScope(settings.map((s) => s.dataScope));

  let districtId = user.district_id;
  if (districtId === null && user.school_id !== null) {
    const school = await db.selectFrom('schools').select('district_id').where('id', '=', user.school_id).executeTakeFirst();
    districtId = school?.district_id ?? null;
  }
  let readableSchoolIds: number[] = user.school_id === null ? [] : [user.school_id];
  if (dataScope === 'district' && districtId !== null) {
    const rows = await db.selectFrom('schools').select('id').where('district_id', '=', districtId).execute();
    readableSchoolIds = rows.map((r) => r.id);
  }
  return {
    userId: user.id,
    name: user.name,
    staffNo: user.staff_no,
    schoolId: user.school_id,
    districtId,
    departmentId: user.department_id,
    roles,
    permissions,
    dataScope,
    readableSchoolIds,
    mustChangePassword: user.must_change_password === 1,
    sessionId,
    ip,
  };
}

export function auditContextOf(actor: Actor): AuditContext {
  return { actorId: actor.userId, actorName: actor.name, schoolId: actor.schoolId, ip: actor.ip };
}
