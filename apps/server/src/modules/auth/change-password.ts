import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { auditContextOf } from '../../platform/authz/load-actor.js';
import { checkPasswordRules, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import { deleteAllSessions } from '../../platform/auth/sessions.js';
import type { Database } from '../../platform/db/schema.js';
import { nowIso } from '../../platform/db/dialect-helpers.js';
import { invalidField } from '../../platform/http/errors.js';
import type { ChangePasswordBody } from './auth.schemas.js';

/** Changes the actor's own password and signs out their other devices. */
export async function changeOwnPassword(db: Kysely<Database>, actor: Actor, body: ChangePasswordBody): Promise<void> {
  // scope: the actor's own account.
  const user = await db.selectFrom('users').select(['password_hash', 'phone']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, body.currentPassword))) throw invalidField('currentPassword', '当前密码不正确');
  if (body.newPassword === body.currentPassword) throw invalidField('newPassword', '新密码不能与当前密码相同');
  checkPasswordRules(body.newPassword, 'newPassword', [actor.staffNo, user.phone]);
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction().execute(async (tx) => {
    // scope: the actor's own account.
    await tx.updateTable('users')
      .set((eb) => ({ password_hash: passwordHash, must_change_password: 0, updated_at: nowIso(), version: eb('version', '+', 1) }))
      .where('id', '=', actor.userId).execute();
    await recordAudit(tx, auditContextOf(actor), { entity: 'user', entityId: actor.userId, action: 'password_change' });
  });
  await deleteAllSessions(db, actor.userId, actor.sessionId);
}
