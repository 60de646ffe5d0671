import { can, isRoleKey } from '@houqin/contracts';
import { loadRoleSettings } from '../../../platform/authz/role-settings.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { invalidField } from '../../../platform/http/errors.js';
import { contractorAccountIds } from '../contractors/contractors.repository.js';

/** Who a job goes to: one technician, or a team whose members claim it. */
export interface DispatchTarget { assigneeId: number | null; assigneeName: string | null; teamId: number | null; teamName: string | null }

/**
 * Checks a dispatch target chosen by a person (or a routing rule): exactly one of a technician or
 * a team, in the school and active; a technician must hold the work-order permission, or the
 * job would sit where nobody can accept it.
 */
export async function resolveTarget(tx: Tx, schoolId: number, input: { assigneeId?: number | null | undefined; teamId?: number | null | undefined }): Promise<DispatchTarget> {
  const assigneeId = input.assigneeId ?? null;
  const teamId = input.teamId ?? null;
  if (assigneeId !== null && teamId !== null) throw invalidField('assigneeId', '派给个人或班组，只能选一个');
  if (assigneeId === null && teamId === null) throw invalidField('assigneeId', '请选择维修人员或维修班组');
  if (teamId !== null) {
    const team = await tx.selectFrom('repair_teams').select(['id', 'name']).where('id', '=', teamId).where('school_id', '=', schoolId).where('active', '=', 1).executeTakeFirst();
    if (!team) throw invalidField('teamId', '「维修班组」不存在或已停用');
    return { assigneeId: null, assigneeName: null, teamId: team.id, teamName: team.name };
  }
  const user = await technicianOrThrow(tx, schoolId, assigneeId ?? 0, 'assigneeId');
  return { assigneeId: user.id, assigneeName: user.name, teamId: null, teamName: null };
}

/** An active in-house person of the school who holds the work-order permission; otherwise 400 on `field`. */
export async function technicianOrThrow(tx: Tx, schoolId: number, userId: number, field: string): Promise<{ id: number; name: string }> {
  const user = await tx.selectFrom('users').select(['id', 'name']).where('id', '=', userId).where('school_id', '=', schoolId).where('active', '=', 1).executeTakeFirst();
  if (!user) throw invalidField(field, '「维修人员」不存在或已停用');
  // A contractor's account sees only work outsourced to its company: a job given to it directly would vanish from its view.
  if ((await contractorAccountIds(tx, schoolId, [user.id])).size) throw invalidField(field, `「${user.name}」是外包单位账号，请用「委外」把工单交给其单位`);
  const roles = (await tx.selectFrom('user_roles').select('role_key').where('user_id', '=', user.id).where('school_id', '=', schoolId).execute())
    .map((r) => r.role_key).filter(isRoleKey);
  const permissions = new Set((await loadRoleSettings(tx, schoolId, roles)).flatMap((s) => s.permissions));
  if (!can(permissions, 'work_order', 'update')) throw invalidField(field, `「${user.name}」没有处理维修工单的权限，不能派给他`);
  return user;
}
