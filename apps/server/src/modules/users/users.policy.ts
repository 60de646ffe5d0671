import type { RoleKey } from '@houqin/contracts';
import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import { forbidden, invalidField } from '../../platform/http/errors.js';
import { userError } from './users.errors.js';

/** The account facts the rules look at. */
export interface AccountFacts { id: number; schoolId: number | null; roles: readonly RoleKey[]; active: boolean }

// why: whoever may edit users could otherwise make themselves administrator, or take over an
// administrator's account by resetting its password; both need the right to edit roles too.
function mayTouchSysadmin(actor: Actor): boolean {
  return hasPermission(actor, 'role', 'update');
}

/** May the actor edit, disable, enable or reset this account at all? */
export function canManageAccount(actor: Actor, target: AccountFacts): boolean {
  return hasPermission(actor, 'user', 'update')
    && actor.schoolId !== null && target.schoolId === actor.schoolId
    && (!target.roles.includes('sysadmin') || mayTouchSysadmin(actor));
}

export function assertCanManageAccount(actor: Actor, target: AccountFacts): void {
  if (canManageAccount(actor, target)) return;
  throw forbidden(target.roles.includes('sysadmin') ? '只有可以修改角色权限的人员才能管理「系统管理员」账号' : undefined);
}

/** Roles a school may hand out: every built-in role but the bureau's inspector. */
export function assertAssignableRoles(actor: Actor, roles: readonly RoleKey[], before: readonly RoleKey[] = []): void {
  if (roles.includes('inspector')) throw invalidField('roles', '「教育局督查员」是教育局的账号，不能在学校中分配');
  if (roles.includes('sysadmin') !== before.includes('sysadmin') && !mayTouchSysadmin(actor)) {
    throw forbidden('只有可以修改角色权限的人员才能授予或撤销「系统管理员」角色');
  }
}

export function assertNotSelfDemotion(actor: Actor, target: AccountFacts, next: readonly RoleKey[]): void {
  if (target.id === actor.userId && target.roles.includes('sysadmin') && !next.includes('sysadmin')) {
    throw userError('USER_SELF_LOCKOUT', '不能移除自己的「系统管理员」角色：请让另一位系统管理员操作');
  }
}

export function assertNotSelfDisable(actor: Actor, target: AccountFacts): void {
  if (target.id === actor.userId) throw userError('USER_SELF_LOCKOUT', '不能停用自己的账号');
}

export function assertNotSelfReset(actor: Actor, target: AccountFacts): void {
  if (target.id === actor.userId) throw userError('USER_SELF_RESET', '不能重置自己的密码：请在「修改密码」中修改');
}

/** `othersActive` = active administrators of the school other than the target. */
export function assertKeepsAnAdministrator(target: AccountFacts, othersActive: number, action: '停用' | '移除其「系统管理员」角色'): void {
  if (target.active && target.roles.includes('sysadmin') && othersActive === 0) {
    throw userError('USER_LAST_SYSADMIN', `这是本校最后一位启用的系统管理员，不能${action}：请先给另一位用户分配「系统管理员」角色`);
  }
}
