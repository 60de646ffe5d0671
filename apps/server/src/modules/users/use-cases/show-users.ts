import type { Actor } from '../../../platform/authz/actor.js';
import type { DialectName } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/http/errors.js';
import { type Paging } from '../../../platform/http/pagination.js';
import { type PresentContext, presentUser } from '../users.presenter.js';
import { type Db, countActiveSysadmins, findUser, listUsers, readScopeOf, rolesOf } from '../users.repository.js';
import type { UserDto, UserFilters } from '../users.schemas.js';

export async function presentContextOf(db: Db, actor: Actor): Promise<PresentContext> {
  return { actor, activeSysadmins: actor.schoolId === null ? 0 : await countActiveSysadmins(db, actor.schoolId) };
}

/** One page of the user list: a count, a page, their roles and the admin count (four queries). */
export async function listUsersPage(db: Db, dialect: DialectName, actor: Actor, filters: UserFilters, paging: Paging) {
  const page = await listUsers(db, dialect, readScopeOf(actor), filters, paging);
  const roles = await rolesOf(db, page.items.map((u) => u.id));
  const ctx = await presentContextOf(db, actor);
  return { ...page, items: page.items.map((u) => presentUser(u, roles.get(u.id) ?? [], ctx)) };
}

/** A user the actor may read, as the API shows it; another school's user is "not found". */
export async function showUser(db: Db, actor: Actor, id: number): Promise<UserDto> {
  const row = await findUser(db, readScopeOf(actor), id);
  if (!row) throw notFound('用户');
  const roles = await rolesOf(db, [id]);
  return presentUser(row, roles.get(id) ?? [], await presentContextOf(db, actor));
}
