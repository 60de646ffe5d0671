import {
  ACTIONS, ACTION_LABELS, type Action, type DataScope, type Permission, RESOURCES, RESOURCE_LABELS, type Resource, type RoleKey, isPermission,
} from '@houqin/contracts';
import { errorFactory, invalidField } from '../../platform/http/errors.js';

export const roleError = errorFactory({ ROLE_LOCKOUT: 409, ROLE_NOT_SCHOOL_EDITABLE: 409 });

/** Inspectors belong to the bureau, not to a school, so a school's copy of their role would never apply. */
export function assertSchoolEditable(role: RoleKey): void {
  if (role === 'inspector') throw roleError('ROLE_NOT_SCHOOL_EDITABLE', '「教育局督查员」的权限由教育局统一设置，学校不能修改');
}

/** The bureau's inspector reads across the district; a school role never may (it would read other schools). */
export function allowedDataScopes(role: RoleKey): DataScope[] {
  return role === 'inspector' ? ['district'] : ['own', 'department', 'school'];
}

export function assertDataScopeAllowed(role: RoleKey, scope: DataScope): void {
  if (allowedDataScopes(role).includes(scope)) return;
  throw invalidField('dataScope', role === 'inspector'
    ? '「教育局督查员」的数据范围只能是「全区（只读）」'
    : '学校角色的数据范围只能是「本人」「本部门」或「全校」');
}

const CANONICAL: Permission[] = RESOURCES.flatMap((r) => ACTIONS.map((a) => `${r}:${a}` as const));

/** Validates every entry against the vocabulary; returns them de-duplicated in vocabulary order. */
export function normalizePermissions(input: readonly string[]): Permission[] {
  const unknown = input.find((p) => !isPermission(p));
  if (unknown !== undefined) throw invalidField('permissions', `不认识的权限「${unknown}」`);
  const wanted = new Set(input);
  return CANONICAL.filter((p) => wanted.has(p));
}

export function permissionLabel(p: Permission): string {
  const [resource, action] = p.split(':') as [Resource, Action];
  return `「${RESOURCE_LABELS[resource]}·${ACTION_LABELS[action]}」`;
}

// Without these the school's administrators could not open this page or manage accounts again.
const SYSADMIN_KEEPS: Permission[] = ['role:read', 'role:update', 'user:read', 'user:update'];

export function assertNoLockout(role: RoleKey, permissions: readonly Permission[]): void {
  if (role !== 'sysadmin') return;
  const missing = SYSADMIN_KEEPS.filter((p) => !permissions.includes(p));
  if (missing.length) {
    throw roleError('ROLE_LOCKOUT', `「系统管理员」必须保留${missing.map(permissionLabel).join('')}权限，否则将无人能管理账号和权限`);
  }
}
