import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { deleteAudited, runInTransaction } from '../../../platform/db/audited-writes.js';
import { type Db, findRoleSettingRow } from '../roles.repository.js';
import type { ResetRoleBody } from '../roles.schemas.js';
import { assertSchoolEditable } from '../roles.policy.js';
import { roleKeyOrThrow } from './show-roles.js';

/** Drops the school's copy of a role so the built-in default applies again; already default → nothing to do. */
export async function resetRole(db: Db, actor: Actor, key: string, body: ResetRoleBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  const role = roleKeyOrThrow(key);
  assertSchoolEditable(role);
  await runInTransaction(db, async (tx) => {
    const existing = await findRoleSettingRow(tx, schoolId, role);
    if (!existing) return;
    await deleteAudited(tx, auditContextOf(actor), {
      table: 'role_settings', entity: 'role', label: '角色权限', id: existing.id, schoolIds: [schoolId],
      ...(body.version !== undefined ? { version: body.version } : {}),
    });
  });
}
