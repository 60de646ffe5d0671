import type { RoleKey } from '@houqin/contracts';
import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { foldText } from '../../../platform/excel/import-cells.js';
import type { ImportError, ImportResult } from '../../../platform/excel/xlsx-import.js';
import { type Db, departmentsOfSchool, existingPhones, existingStaffNos } from '../users.repository.js';
import type { UserImportValues } from '../users.import-spec.js';

export interface ResolvedUserRow { rowNumber: number; staffNo: string; name: string; phone: string | null; departmentId: number | null; roles: RoleKey[] }

type Values = Partial<UserImportValues>;

/** Remembers the first row of each value, so a repeat can name it. */
function firstRows(rows: { rowNumber: number; values: Values }[], key: (v: Values) => string | null | undefined): Map<string, number> {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = key(r.values);
    if (k && !seen.has(k)) seen.set(k, r.rowNumber);
  }
  return seen;
}

/**
 * The checks a spreadsheet cannot do alone: repeats within the file, 工号 and 手机号 already
 * taken, department names that do not exist in this school, roles the importer may not grant.
 * Rows with a bad cell are checked too, so one pass reports everything. Returns the rows that
 * are ready to insert.
 */
export async function checkUserRows(db: Db, actor: Actor, schoolId: number, sheet: ImportResult<UserImportValues>) {
  const all = [...sheet.rows, ...sheet.partialRows].sort((a, b) => a.rowNumber - b.rowNumber);
  const errors: ImportError[] = [];
  const departments = new Map((await departmentsOfSchool(db, schoolId)).map((d) => [foldText(d.name), d.id]));
  const takenStaffNos = await existingStaffNos(db, schoolId, all.flatMap((r) => (r.values.staffNo ? [r.values.staffNo] : [])));
  const takenPhones = await existingPhones(db, all.flatMap((r) => (r.values.phone ? [r.values.phone] : [])));
  const firstStaffNo = firstRows(all, (v) => v.staffNo);
  const firstPhone = firstRows(all, (v) => v.phone);
  const mayGrantSysadmin = hasPermission(actor, 'role', 'update');
  const departmentList = [...departments.keys()].slice(0, 12).join('、');

  for (const { rowNumber: row, values: v } of all) {
    if (v.staffNo) {
      const first = firstStaffNo.get(v.staffNo);
      if (first !== row) errors.push({ row, column: '工号', message: `工号「${v.staffNo}」与第 ${first} 行重复` });
      else if (takenStaffNos.has(v.staffNo)) errors.push({ row, column: '工号', message: `工号「${v.staffNo}」已被本校其他用户使用` });
    }
    if (v.phone) {
      const first = firstPhone.get(v.phone);
      if (first !== row) errors.push({ row, column: '手机号', message: `手机号 ${v.phone} 与第 ${first} 行重复` });
      else if (takenPhones.has(v.phone)) errors.push({ row, column: '手机号', message: `手机号 ${v.phone} 已被其他账号使用` });
    }
    if (v.department && !departments.has(foldText(v.department))) {
      errors.push({ row, column: '部门', message: `本校没有「${v.department}」这个部门${departmentList ? `，现有：${departmentList}` : ''}` });
    }
    if (v.roles?.includes('sysadmin') && !mayGrantSysadmin) {
      errors.push({ row, column: '角色', message: '只有可以修改角色权限的人员才能导入「系统管理员」' });
    }
  }
  const badRows = new Set([...errors, ...sheet.errors].map((e) => e.row));
  const resolved: ResolvedUserRow[] = sheet.rows.filter((r) => !badRows.has(r.rowNumber)).map(({ rowNumber, values: v }) => ({
    rowNumber, staffNo: v.staffNo, name: v.name, phone: v.phone, roles: v.roles,
    departmentId: v.department === null ? null : departments.get(foldText(v.department)) ?? null,
  }));
  return { errors, resolved };
}
