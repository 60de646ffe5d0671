import type { Actor } from '../../../platform/authz/actor.js';
import { notFound } from '../../../platform/http/errors.js';
import { factsOf } from '../users.presenter.js';
import { type AccountFacts, assertCanManageAccount } from '../users.policy.js';
import { type Db, type UserRow, findUser, rolesOf, writeScopeOf } from '../users.repository.js';

export interface Account { row: UserRow; facts: AccountFacts; schoolId: number }

/** The account an administrator is about to change: in their school and scope (else 404) and manageable by them (else 403). */
export async function loadAccountForWrite(db: Db, actor: Actor, id: number): Promise<Account> {
  const scope = writeScopeOf(actor);
  const row = await findUser(db, scope, id);
  if (!row || row.school_id === null) throw notFound('用户');
  const facts = factsOf(row, (await rolesOf(db, [id])).get(id) ?? []);
  assertCanManageAccount(actor, facts);
  return { row, facts, schoolId: row.school_id };
}
