import { invalidField, platformError } from '../../../platform/http/errors.js';
import { type Db, existingPhones, existingStaffNos, findDepartment } from '../users.repository.js';

// Checked before writing so the 409 names the field; the unique indexes still catch a race.

export async function assertStaffNoFree(db: Db, schoolId: number, staffNo: string, exceptUserId?: number): Promise<void> {
  if ((await existingStaffNos(db, schoolId, [staffNo], exceptUserId)).size === 0) return;
  const message = `工号「${staffNo}」已被本校其他用户使用`;
  throw platformError('DUPLICATE', message, [{ field: 'staffNo', message }]);
}

export async function assertPhoneFree(db: Db, phone: string, exceptUserId?: number): Promise<void> {
  if ((await existingPhones(db, [phone], exceptUserId)).size === 0) return;
  const message = `手机号 ${phone} 已被其他账号使用`;
  throw platformError('DUPLICATE', message, [{ field: 'phone', message }]);
}

export async function assertDepartmentInSchool(db: Db, schoolId: number, departmentId: number): Promise<void> {
  if (!(await findDepartment(db, schoolId, departmentId))) throw invalidField('departmentId', '「部门」不存在，请从本校的部门中选择');
}

export function requiredName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw invalidField('name', '「姓名」不能为空');
  return trimmed;
}
