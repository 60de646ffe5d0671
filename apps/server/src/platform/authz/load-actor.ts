import type { Kysely } from 'kysely';
import type { AuditContext } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { type Actor, widestScope } from './actor.js';
import { loadUserRoleSettings } from './role-settings.js';

/** Builds the request's Actor from a live session's user: roles, permissions and readable schools. */
/**
 * Builds the request's Actor: two queries (the user with their school's district, then their
 * roles with the school's settings for them), a third only for district-wide readers.
 */
export async function loadActor(db: Kysely<Database>, userId: number, sessionId: string, ip: string | null): Promise<Actor | null> {
  const user = await db
    .selectFrom('users as u')
    .leftJoin('schools as s', 's.id', 'u.school_id')
    .select(['u.id', 'u.name', 'u.staff_no', 'u.school_id', 'u.district_id', 'u.department_id', 'u.active', 'u.must_change_password',
      's.district_id as school_district_id'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!user || user.active !== 1) return null;
  const settings = await loadUserRoleSettings(db, userId, user.school_id);
  const permissions = new Set(settings.flatMap((s) => s.permissions));
  const dataScope = widestScope(settings.map((s) => s.dataScope));
  const districtId = user.district_id ?? user.school_district_id ?? null;
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
    roles: settings.map((s) => s.roleKey),
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
