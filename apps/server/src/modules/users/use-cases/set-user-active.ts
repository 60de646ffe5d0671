import type { Actor } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { deleteAllSessions } from '../../../platform/auth/sessions.js';
import { runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import { staleVersion } from '../../../platform/http/errors.js';
import { assertKeepsAnAdministrator, assertNotSelfDisable } from '../users.policy.js';
import { type Db, countActiveSysadmins, lockSchoolAccounts } from '../users.repository.js';
import { loadAccountForWrite } from './load-account.js';

/**
 * Disables or re-enables an account. Disabling signs the person out everywhere at once;
 * enabling also clears a password lockout. Repeating the current state changes nothing.
 */
export async function setUserActive(db: Db, actor: Actor, id: number, version: number, active: boolean): Promise<void> {
  await runInTransaction(db, async (tx) => {
    const { row, facts, schoolId } = await loadAccountForWrite(tx, actor, id);
    if (row.version !== version) throw staleVersion('用户');
    if (facts.active === active) return;
    if (!active) {
      assertNotSelfDisable(actor, facts);
      if (facts.roles.includes('sysadmin')) {
        await lockSchoolAccounts(tx, schoolId);
        assertKeepsAnAdministrator(facts, await countActiveSysadmins(tx, schoolId, id), '停用');
      }
    }
    const patch = active ? { active: 1, failed_login_count: 0, locked_until: null } : { active: 0 };
    await updateAudited(tx, auditContextOf(actor), {
      table: 'users', entity: 'user', label: '用户', id, schoolIds: [schoolId], version, patch, action: active ? 'enable' : 'disable',
    });
    if (!active) await deleteAllSessions(tx, id);
  });
}
