import type { RoleKey } from '@houqin/contracts';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import { staleVersion } from '../../../platform/http/errors.js';
import { assertAssignableRoles, assertKeepsAnAdministrator, assertNotSelfDemotion } from '../users.policy.js';
import { type Db, countActiveSysadmins, lockSchoolAccounts, replaceRoles } from '../users.repository.js';
import type { UpdateUserBody } from '../users.schemas.js';
import { assertDepartmentInSchool, assertPhoneFree, requiredName } from './account-checks.js';
import { loadAccountForWrite } from './load-account.js';

function sameRoles(a: readonly RoleKey[], b: readonly RoleKey[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/**
 * Edits name, phone, department and roles at the given version. Never leaves a school without
 * an active administrator, and never lets an administrator demote themself.
 */
export async function updateUser(db: Db, actor: Actor, id: number, body: UpdateUserBody): Promise<void> {
  await runInTransaction(db, async (tx) => {
    const { row, facts, schoolId } = await loadAccountForWrite(tx, actor, id);
    if (row.version !== body.version) throw staleVersion('用户');
    const patch: Record<string, unknown> = {};
    if (body.name !== undefined) patch.name = requiredName(body.name);
    if (body.phone !== undefined && body.phone !== row.phone) {
      if (body.phone !== null) await assertPhoneFree(tx, body.phone, id);
      patch.phone = body.phone;
    }
    if (body.departmentId !== undefined && body.departmentId !== row.department_id) {
      if (body.departmentId !== null) await assertDepartmentInSchool(tx, schoolId, body.departmentId);
      patch.department_id = body.departmentId;
    }
    const nextRoles = body.roles && !sameRoles(body.roles, facts.roles) ? body.roles : undefined;
    if (nextRoles) {
      assertAssignableRoles(actor, nextRoles, facts.roles);
      assertNotSelfDemotion(actor, facts, nextRoles);
      if (facts.roles.includes('sysadmin') && !nextRoles.includes('sysadmin')) {
        await lockSchoolAccounts(tx, schoolId);
        assertKeepsAnAdministrator(facts, await countActiveSysadmins(tx, schoolId, id), '移除其「系统管理员」角色');
      }
    }
    if (Object.keys(patch).length === 0 && !nextRoles) return;
    const ctx = auditContextOf(actor);
    await updateAudited(tx, ctx, { table: 'users', entity: 'user', label: '用户', id, schoolIds: [schoolId], version: body.version, patch });
    if (nextRoles) {
      await replaceRoles(tx, id, schoolId, nextRoles);
      await recordAudit(tx, ctx, { entity: 'user', entityId: id, action: 'roles', before: { roles: facts.roles }, after: { roles: nextRoles } });
    }
  });
}
