import type { Kysely } from 'kysely';
import type { AuditContext } from '../audit/audit.js';
import { queryTemplate } from '../db/query-template.js';
import type { Database } from '../db/schema.js';
import { type Actor, widestScope } from './actor.js';
import { type SessionRow, hashToken } from '../auth/sessions.js';
import { type RoleSettingRow, roleSettingsOfRows } from './role-settings.js';

type UserRow = {
  id: number; name: string; staff_no: string; school_id: number | null; district_id: number | null; department_id: number | null;
  active: number; must_change_password: number; school_district_id: number | null;
};

/** The user, their school's district and one row per role with the school's settings for it. */
function userWithRoles(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .leftJoin('schools as s', 's.id', 'u.school_id')
    .leftJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .leftJoin('role_settings as rs', (join) => join.onRef('rs.role_key', '=', 'ur.role_key').onRef('rs.school_id', '=', 'u.school_id'))
    .select(['u.id', 'u.name', 'u.staff_no', 'u.school_id', 'u.district_id', 'u.department_id', 'u.active', 'u.must_change_password',
      's.district_id as school_district_id', 'ur.role_key', 'rs.data_scope', 'rs.permissions', 'rs.version'])
    .orderBy('ur.role_key');
}

/** Permissions and readable schools of a loaded user; a second query only for district-wide readers. */
async function actorOf(db: Kysely<Database>, user: UserRow, rows: readonly RoleSettingRow[], sessionId: string, ip: string | null): Promise<Actor | null> {
  if (user.active !== 1) return null;
  const settings = roleSettingsOfRows(rows);
  const permissions = new Set(settings.flatMap((s) => s.permissions));
  const dataScope = widestScope(settings.map((s) => s.dataScope));
  const districtId = user.district_id ?? user.school_district_id ?? null;
  let readableSchoolIds: number[] = user.school_id === null ? [] : [user.school_id];
  if (dataScope === 'district' && districtId !== null) {
    const schools = await db.selectFrom('schools').select('id').where('district_id', '=', districtId).execute();
    readableSchoolIds = schools.map((r) => r.id);
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

const userById = queryTemplate((db, p: { userId: number }) => userWithRoles(db).where('u.id', '=', p.userId));

// Every authenticated request runs this query: compiled once (platform/db/query-template.ts).
const userBySession = queryTemplate((db, p: { sessionId: string }) => userWithRoles(db)
  .innerJoin('sessions as ss', 'ss.user_id', 'u.id')
  .select(['ss.id as session_id', 'ss.csrf_token', 'ss.last_seen_at', 'ss.expires_at'])
  .where('ss.id', '=', p.sessionId));

/** The Actor of a user id (after login or setup). */
export async function loadActor(db: Kysely<Database>, userId: number, sessionId: string, ip: string | null): Promise<Actor | null> {
  const rows = await userById.all(db, { userId });
  const user = rows[0];
  return user ? actorOf(db, user, rows, sessionId, ip) : null;
}

export interface SessionActor { actor: Actor; session: SessionRow }

/**
 * Every authenticated request starts here: the live session, its user and the user's roles with
 * the school's settings, in one query (one row per role).
 */
export async function loadSessionActor(db: Kysely<Database>, token: string, ip: string | null): Promise<SessionActor | null> {
  const rows = await userBySession.all(db, { sessionId: hashToken(token) });
  const row = rows[0];
  if (!row || row.expires_at <= new Date().toISOString()) return null;
  const actor = await actorOf(db, row, rows, row.session_id, ip);
  if (!actor) return null;
  return {
    actor,
    session: { id: row.session_id, user_id: row.id, csrf_token: row.csrf_token, last_seen_at: row.last_seen_at, expires_at: row.expires_at },
  };
}

export function auditContextOf(actor: Actor): AuditContext {
  return { actorId: actor.userId, actorName: actor.name, schoolId: actor.schoolId, ip: actor.ip };
}
