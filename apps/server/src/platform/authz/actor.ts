import { type Action, type DataScope, type Resource, type RoleKey, can } from '@houqin/contracts';
import { forbidden, platformError } from '../http/errors.js';

/** Who is asking, resolved once per request and handed to every repository call. */
export interface Actor {
  userId: number;
  name: string;
  staffNo: string;
  /** The school the actor writes to; null for a bureau inspector. */
  schoolId: number | null;
  districtId: number | null;
  departmentId: number | null;
  roles: RoleKey[];
  permissions: ReadonlySet<string>;
  /** The widest data scope over the actor's roles. */
  dataScope: DataScope;
  /** Schools whose records the actor may read: their own, or their district's. */
  readableSchoolIds: number[];
  mustChangePassword: boolean;
  sessionId: string;
  ip: string | null;
}

export function hasPermission(actor: Actor, resource: Resource, action: Action): boolean {
  return can(actor.permissions, resource, action);
}

export function requirePermission(actor: Actor | null, resource: Resource, action: Action): Actor {
  if (!actor) throw platformError('UNAUTHENTICATED', '请先登录');
  if (!hasPermission(actor, resource, action)) throw forbidden();
  return actor;
}

/** The actor's own school for writes; bureau accounts have none and cannot write school data. */
export function writableSchoolId(actor: Actor): number {
  if (actor.schoolId === null) throw forbidden('教育局账号只能查看，不能修改学校数据');
  return actor.schoolId;
}

const SCOPE_RANK: Record<DataScope, number> = { own: 0, department: 1, school: 2, district: 3 };

export function widestScope(scopes: DataScope[]): DataScope {
  return scopes.reduce<DataScope>((w, s) => (SCOPE_RANK[s] > SCOPE_RANK[w] ? s : w), 'own');
}
