import { ROLE_LABELS, type RoleKey } from '@houqin/contracts';
import type { Actor } from '../../platform/authz/actor.js';
import { type AccountFacts, canManageAccount } from './users.policy.js';
import type { UserRow } from './users.repository.js';
import type { UserDto } from './users.schemas.js';

export interface PresentContext {
  actor: Actor;
  /** Active administrators in the actor's school, to grey out disabling the last one. */
  activeSysadmins: number;
}

export function factsOf(row: UserRow, roles: readonly RoleKey[]): AccountFacts {
  return { id: row.id, schoolId: row.school_id, roles, active: row.active === 1 };
}

export function presentUser(row: UserRow, roles: RoleKey[], ctx: PresentContext): UserDto {
  const facts = factsOf(row, roles);
  const manage = canManageAccount(ctx.actor, facts);
  const self = row.id === ctx.actor.userId;
  const lastAdmin = roles.includes('sysadmin') && ctx.activeSysadmins <= 1;
  return {
    id: row.id,
    staffNo: row.staff_no,
    name: row.name,
    phone: row.phone,
    departmentId: row.department_id,
    departmentName: row.department_name,
    roles,
    roleLabels: roles.map((r) => ROLE_LABELS[r]),
    active: facts.active,
    mustChangePassword: row.must_change_password === 1,
    lastLoginAt: row.last_login_at,
    lockedUntil: row.locked_until,
    version: row.version,
    abilities: {
      update: manage,
      disable: manage && facts.active && !self && !lastAdmin,
      enable: manage && !facts.active,
      resetPassword: manage && !self,
    },
  };
}
