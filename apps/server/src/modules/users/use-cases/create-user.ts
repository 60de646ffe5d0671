import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { checkPasswordRules, hashPassword } from '../../../platform/auth/passwords.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import { assertAssignableRoles } from '../users.policy.js';
import type { Db } from '../users.repository.js';
import type { CreateUserBody } from '../users.schemas.js';
import { generateTemporaryPassword } from '../temporary-password.js';
import { assertDepartmentInSchool, assertPhoneFree, assertStaffNoFree, requiredName } from './account-checks.js';
import { insertUser } from './insert-user.js';

/**
 * Creates an account in the actor's school. Without a password a temporary one is generated
 * and returned once; either way the user must choose their own at first login.
 */
export async function createUser(db: Db, actor: Actor, body: CreateUserBody): Promise<{ userId: number; initialPassword?: string }> {
  const schoolId = writableSchoolId(actor);
  const name = requiredName(body.name);
  assertAssignableRoles(actor, body.roles);
  if (body.departmentId !== undefined) await assertDepartmentInSchool(db, schoolId, body.departmentId);
  if (body.password !== undefined) checkPasswordRules(body.password, 'password', [body.staffNo, body.phone ?? null]);
  await assertStaffNoFree(db, schoolId, body.staffNo);
  if (body.phone) await assertPhoneFree(db, body.phone);
  const plain = body.password ?? generateTemporaryPassword();
  const passwordHash = await hashPassword(plain);
  const user = await runInTransaction(db, (tx) => insertUser(tx, auditContextOf(actor), {
    schoolId, staffNo: body.staffNo, name, phone: body.phone ?? null, departmentId: body.departmentId ?? null,
    passwordHash, mustChangePassword: true, roles: body.roles,
  }));
  return body.password === undefined ? { userId: user.id, initialPassword: plain } : { userId: user.id };
}
