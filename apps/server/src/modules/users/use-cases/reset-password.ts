import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { checkPasswordRules, hashPassword } from '../../../platform/auth/passwords.js';
import { deleteAllSessions } from '../../../platform/auth/sessions.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import { notFound } from '../../../platform/http/errors.js';
import { assertNotSelfReset } from '../users.policy.js';
import type { Db } from '../users.repository.js';
import type { ResetPasswordBody } from '../users.schemas.js';
import { generateTemporaryPassword } from '../temporary-password.js';
import { loadAccountForWrite } from './load-account.js';

/**
 * An administrator sets (or has the system generate) a temporary password: the user must
 * change it at next login, every session of theirs ends, and any lockout is lifted.
 */
export async function resetUserPassword(db: Db, actor: Actor, id: number, body: ResetPasswordBody): Promise<{ temporaryPassword: string }> {
  const { row, facts, schoolId } = await loadAccountForWrite(db, actor, id);
  assertNotSelfReset(actor, facts);
  if (body.password !== undefined) checkPasswordRules(body.password, 'password', [row.staff_no, row.phone]);
  const temporaryPassword = body.password ?? generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await runInTransaction(db, async (tx) => {
    const updated = await tx.updateTable('users')
      .set((eb) => ({
        password_hash: passwordHash, must_change_password: 1, failed_login_count: 0, locked_until: null,
        updated_at: nowIso(), version: eb('version', '+', 1),
      }))
      .where('id', '=', id).where('school_id', '=', schoolId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound('用户');
    await recordAudit(tx, auditContextOf(actor), { entity: 'user', entityId: id, action: 'password_reset', schoolId });
    await deleteAllSessions(tx, id);
  });
  return { temporaryPassword };
}
