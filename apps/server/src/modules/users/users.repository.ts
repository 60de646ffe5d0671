import { ROLE_KEYS, type RoleKey, isRoleKey } from '@houqin/contracts';
import { type Kysely, sql } from 'kysely';
import { type Actor, writableSchoolId } from '../../platform/authz/actor.js';
import type { DialectName } from '../../platform/db/database.js';
import { containsInsensitive } from '../../platform/db/dialect-helpers.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate, parseSort } from '../../platform/http/pagination.js';
import type { UserFilters } from './users.schemas.js';

/** Which users an actor reaches: schools, narrowed by the data scope of their roles. */
export interface UserScope {
  schoolIds: number[];
  /** Set for the "own" scope: only this user. */
  onlyUserId?: number;
  /** Set for the "department" scope: this department, plus the actor themself. */
  departmentOf?: { departmentId: number | null; userId: number };
}

function narrowed(actor: Actor, schoolIds: number[]): UserScope {
  if (actor.dataScope === 'own') return { schoolIds, onlyUserId: actor.userId };
  if (actor.dataScope === 'department') return { schoolIds, departmentOf: { departmentId: actor.departmentId, userId: actor.userId } };
  return { schoolIds };
}

export function readScopeOf(actor: Actor): UserScope {
  return narrowed(actor, actor.readableSchoolIds);
}

/** Writes stay in the actor's own school whatever their read scope. */
export function writeScopeOf(actor: Actor): UserScope {
  return narrowed(actor, [writableSchoolId(actor)]);
}

export type Db = Kysely<Database>;

function baseQuery(db: Db, scope: UserScope) {
  // why: "in ()" is a syntax error; -1 matches no school, so an empty scope reads nothing.
  let q = db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .where('users.school_id', 'in', scope.schoolIds.length ? scope.schoolIds : [-1]);
  if (scope.onlyUserId !== undefined) q = q.where('users.id', '=', scope.onlyUserId);
  const dept = scope.departmentOf;
  if (dept) {
    q = q.where((eb) => eb.or([
      eb('users.id', '=', dept.userId),
      ...(dept.departmentId === null ? [] : [eb('users.department_id', '=', dept.departmentId)]),
    ]));
  }
  return q;
}

const USER_COLUMNS = [
  'users.id', 'users.school_id', 'users.staff_no', 'users.name', 'users.phone', 'users.department_id', 'users.active',
  'users.must_change_password', 'users.last_login_at', 'users.locked_until', 'users.version', 'users.created_at',
  'departments.name as department_name',
] as const;

type Base = ReturnType<typeof baseQuery>;
export type UserRow = Awaited<ReturnType<ReturnType<typeof selectUser>['executeTakeFirstOrThrow']>>;

function selectUser(q: Base) {
  return q.select(USER_COLUMNS);
}

function filtered(q: Base, dialect: DialectName, f: UserFilters): Base {
  if (f.q?.trim()) {
    const needle = f.q.trim();
    q = q.where((eb) => eb.or([
      containsInsensitive(dialect, eb.ref('users.name'), needle),
      containsInsensitive(dialect, eb.ref('users.staff_no'), needle),
      containsInsensitive(dialect, eb.ref('users.phone'), needle),
    ]));
  }
  if (f.departmentId !== undefined) q = q.where('users.department_id', '=', f.departmentId);
  if (f.active !== undefined) q = q.where('users.active', '=', f.active ? 1 : 0);
  const role = f.role;
  if (role !== undefined) {
    q = q.where((eb) => eb.exists(
      eb.selectFrom('user_roles').select(sql`1`.as('one')).whereRef('user_roles.user_id', '=', 'users.id').where('user_roles.role_key', '=', role),
    ));
  }
  return q;
}

const SORT_COLUMNS = {
  staffNo: 'users.staff_no', name: 'users.name', lastLoginAt: 'users.last_login_at', createdAt: 'users.created_at',
} as const;

function sorted(q: ReturnType<typeof selectUser>, sort: string | undefined) {
  const [key, dir] = parseSort<keyof typeof SORT_COLUMNS>(sort, 'staffNo');
  // Never-logged-in users (null) go last either way, the same on SQLite and PostgreSQL.
  return q.orderBy(SORT_COLUMNS[key], (ob) => (dir === 'desc' ? ob.desc() : ob.asc()).nullsLast()).orderBy('users.id', dir);
}

export async function listUsers(db: Db, dialect: DialectName, scope: UserScope, f: UserFilters, paging: Paging) {
  return paginate(filtered(baseQuery(db, scope), dialect, f), paging, (q) => sorted(selectUser(q), f.sort));
}

/** Every matching user for an export, capped so a district-wide read cannot exhaust memory. */
export async function listUsersForExport(db: Db, dialect: DialectName, scope: UserScope, f: UserFilters, limit: number) {
  return sorted(selectUser(filtered(baseQuery(db, scope), dialect, f)), f.sort).limit(limit).execute();
}

export async function findUser(db: Db, scope: UserScope, id: number): Promise<UserRow | undefined> {
  return selectUser(baseQuery(db, scope).where('users.id', '=', id)).executeTakeFirst();
}

/** Roles of many users in one query. */
export async function rolesOf(db: Db, userIds: number[]): Promise<Map<number, RoleKey[]>> {
  const out = new Map<number, RoleKey[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return out;
  const rows = await db.selectFrom('user_roles').select(['user_id', 'role_key']).where('user_id', 'in', userIds).execute();
  for (const r of rows) if (isRoleKey(r.role_key)) out.get(r.user_id)?.push(r.role_key);
  for (const roles of out.values()) roles.sort((a, b) => ROLE_KEYS.indexOf(a) - ROLE_KEYS.indexOf(b));
  return out;
}

export async function countActiveSysadmins(db: Db, schoolId: number, exceptUserId?: number): Promise<number> {
  let q = db.selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(sql<number>`count(*)`.as('n'))
    .where('users.school_id', '=', schoolId)
    .where('users.active', '=', 1)
    .where('user_roles.role_key', '=', 'sysadmin');
  if (exceptUserId !== undefined) q = q.where('users.id', '!=', exceptUserId);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function departmentsOfSchool(db: Db, schoolId: number): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('departments').select(['id', 'name']).where('school_id', '=', schoolId).orderBy('sort').orderBy('id').execute();
}

export async function findDepartment(db: Db, schoolId: number, id: number): Promise<{ id: number } | undefined> {
  return db.selectFrom('departments').select('id').where('school_id', '=', schoolId).where('id', '=', id).executeTakeFirst();
}

export async function existingStaffNos(db: Db, schoolId: number, staffNos: string[], exceptUserId?: number): Promise<Set<string>> {
  if (staffNos.length === 0) return new Set();
  let q = db.selectFrom('users').select('staff_no').where('school_id', '=', schoolId).where('staff_no', 'in', staffNos);
  if (exceptUserId !== undefined) q = q.where('id', '!=', exceptUserId);
  return new Set((await q.execute()).map((r) => r.staff_no));
}

/** Phone numbers are unique across the installation (they are a login name). */
export async function existingPhones(db: Db, phones: string[], exceptUserId?: number): Promise<Set<string>> {
  if (phones.length === 0) return new Set();
  let q = db.selectFrom('users').select('phone').where('phone', 'in', phones);
  if (exceptUserId !== undefined) q = q.where('id', '!=', exceptUserId);
  return new Set((await q.execute()).map((r) => r.phone).filter((p): p is string => p !== null));
}

export async function replaceRoles(db: Db, userId: number, schoolId: number, roles: RoleKey[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  await db.insertInto('user_roles').values(roles.map((r) => ({ user_id: userId, school_id: schoolId, role_key: r }))).execute();
}

/**
 * Serialises changes that could remove a school's last administrator: two admins demoting
 * each other at once would otherwise both see "one other admin left". Setting version to
 * itself takes the school row's write lock on PostgreSQL; SQLite already has one writer.
 */
export async function lockSchoolAccounts(db: Db, schoolId: number): Promise<void> {
  await db.updateTable('schools').set((eb) => ({ version: eb.ref('version') })).where('id', '=', schoolId).execute();
}

export async function schoolTimezone(db: Db, schoolId: number | null): Promise<string> {
  if (schoolId === null) return 'Asia/Shanghai';
  const row = await db.selectFrom('schools').select('timezone').where('id', '=', schoolId).executeTakeFirst();
  return row?.timezone ?? 'Asia/Shanghai';
}
