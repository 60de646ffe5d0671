import type { RoleKey } from '@houqin/contracts';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { type Row, type Tx, insertAudited } from '../../../platform/db/audited-writes.js';
import { recordAudit } from '../../../platform/audit/audit.js';

export interface NewUserRow {
  schoolId: number | null;
  districtId?: number | null;
  staffNo: string;
  name: string;
  phone?: string | null;
  departmentId?: number | null;
  passwordHash: string;
  mustChangePassword: boolean;
  roles: RoleKey[];
}

/** Inserts a user and their roles, audited; password hashing happens before the transaction. */
export async function insertUser(tx: Tx, ctx: AuditContext, input: NewUserRow): Promise<Row> {
  const user = await insertAudited(tx, ctx, 'users', 'user', {
    school_id: input.schoolId,
    district_id: input.districtId ?? null,
    staff_no: input.staffNo,
    name: input.name,
    phone: input.phone ?? null,
    department_id: input.departmentId ?? null,
    password_hash: input.passwordHash,
    must_change_password: input.mustChangePassword ? 1 : 0,
    active: 1,
    failed_login_count: 0,
  });
  if (input.roles.length) {
    await tx.insertInto('user_roles').values(input.roles.map((r) => ({ user_id: user.id, school_id: input.schoolId, role_key: r }))).execute();
    await recordAudit(tx, ctx, { entity: 'user', entityId: user.id, action: 'roles', after: { roles: input.roles }, schoolId: input.schoolId });
  }
  return user;
}
