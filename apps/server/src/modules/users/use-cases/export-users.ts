import { ROLE_LABELS } from '@houqin/contracts';
import type { Actor } from '../../../platform/authz/actor.js';
import { formatLocalTime } from '../../../platform/calendar/time-zone.js';
import type { DialectName } from '../../../platform/db/database.js';
import { writeXlsx } from '../../../platform/excel/xlsx-export.js';
import { type Db, type UserRow, listUsersForExport, readScopeOf, rolesOf, schoolTimezone } from '../users.repository.js';
import type { UserFilters } from '../users.schemas.js';

const EXPORT_LIMIT = 50_000;

/**
 * The filtered user list as a workbook. The first five columns match the import template,
 * so an export can be edited and imported into another school.
 */
export async function exportUsers(db: Db, dialect: DialectName, actor: Actor, filters: UserFilters): Promise<Buffer> {
  const rows = await listUsersForExport(db, dialect, readScopeOf(actor), filters, EXPORT_LIMIT);
  const roles = await rolesOf(db, rows.map((r) => r.id));
  const tz = await schoolTimezone(db, actor.schoolId);
  const roleLabels = (r: UserRow) => (roles.get(r.id) ?? []).map((k) => ROLE_LABELS[k]).join('、');
  return writeXlsx<UserRow>([{
    name: '用户',
    rows,
    columns: [
      { header: '工号', width: 14, value: (r) => r.staff_no },
      { header: '姓名', width: 12, value: (r) => r.name },
      { header: '手机号', width: 14, value: (r) => r.phone },
      { header: '部门', width: 14, value: (r) => r.department_name },
      { header: '角色', width: 24, value: roleLabels },
      { header: '状态', width: 8, value: (r) => (r.active === 1 ? '启用' : '停用') },
      { header: '最近登录', width: 18, value: (r) => (r.last_login_at ? formatLocalTime(r.last_login_at, tz) : '') },
    ],
  }]);
}
