import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import { staleVersion } from '../../../platform/http/errors.js';
import { assertDataScopeAllowed, assertNoLockout, assertSchoolEditable, normalizePermissions } from '../roles.policy.js';
import { type Db, findRoleSettingRow } from '../roles.repository.js';
import type { UpdateRoleBody } from '../roles.schemas.js';
import { roleKeyOrThrow } from './show-roles.js';

const LABEL = '角色权限';

/**
 * Saves a school's own copy of a role: the first save (version 0) creates it, later ones update
 * it at the given version. Takes effect on each user's next request, since the actor is loaded per request.
 */
export async function updateRole(db: Db, actor: Actor, key: string, body: UpdateRoleBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const role = roleKeyOrThrow(key);
  assertSchoolEditable(role);
  assertDataScopeAllowed(role, body.dataScope);
  const permissions = normalizePermissions(body.permissions);
  assertNoLockout(role, permissions);
  const values = { data_scope: body.dataScope, permissions: JSON.stringify(permissions) };
  await runInTransaction(db, async (tx) => {
    const existing = await findRoleSettingRow(tx, schoolId, role);
    const ctx = auditContextOf(actor);
    if (body.version === 0) {
      if (existing) throw staleVersion(LABEL);
      await insertAudited(tx, ctx, 'role_settings', 'role', { school_id: schoolId, role_key: role, ...values });
      return;
    }
    if (!existing) throw staleVersion(LABEL);
    await updateAudited(tx, ctx, { table: 'role_settings', entity: 'role', label: LABEL, id: existing.id, schoolIds: [schoolId], version: body.version, patch: values });
  });
}
