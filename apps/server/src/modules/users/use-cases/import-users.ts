import { recordAudit } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { hashPassword } from '../../../platform/auth/passwords.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import { rejectInvalidImport, sortImportErrors } from '../../../platform/excel/import-report.js';
import type { ImportUpload } from '../../../platform/excel/import-upload.js';
import { readImportWorkbook } from '../../../platform/excel/xlsx-import.js';
import { invalidField } from '../../../platform/http/errors.js';
import { USER_IMPORT_SPEC } from '../users.import-spec.js';
import type { Db } from '../users.repository.js';
import type { UserImportReport } from '../users.schemas.js';
import { generateTemporaryPassword } from '../temporary-password.js';
import { checkUserRows } from './check-user-import.js';
import { insertUser } from './insert-user.js';

const COLUMN_ORDER = USER_IMPORT_SPEC.columns.map((c) => c.header);

/**
 * Checks (dry run) or imports a staff list. The commit is all or nothing: any bad row and
 * nothing is written; otherwise every account is created in one transaction, each with a
 * generated temporary password returned once.
 */
export async function importUsers(db: Db, actor: Actor, upload: ImportUpload): Promise<UserImportReport> {
  const schoolId = writableSchoolId(actor);
  const sheet = await readImportWorkbook(upload.buffer, USER_IMPORT_SPEC);
  const checked = await checkUserRows(db, actor, schoolId, sheet);
  const errors = sortImportErrors([...sheet.errors, ...checked.errors], COLUMN_ORDER);
  const report = { dryRun: upload.dryRun, totalRows: sheet.totalRows, validRows: sheet.totalRows - new Set(errors.map((e) => e.row)).size };
  if (upload.dryRun) return { ...report, committed: false, errors, created: [] };
  if (errors.length) rejectInvalidImport(errors);
  if (checked.resolved.length === 0) throw invalidField('file', '文件中没有可导入的数据行');

  const accounts = await Promise.all(checked.resolved.map(async (r) => {
    const temporaryPassword = generateTemporaryPassword();
    return { ...r, temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
  }));
  const ctx = auditContextOf(actor);
  const created = await runInTransaction(db, async (tx) => {
    const out: UserImportReport['created'] = [];
    for (const a of accounts) {
      await insertUser(tx, ctx, {
        schoolId, staffNo: a.staffNo, name: a.name, phone: a.phone, departmentId: a.departmentId,
        passwordHash: a.passwordHash, mustChangePassword: true, roles: a.roles,
      });
      out.push({ row: a.rowNumber, staffNo: a.staffNo, name: a.name, temporaryPassword: a.temporaryPassword });
    }
    await recordAudit(tx, ctx, { entity: 'user', entityId: 'import', action: 'import', after: { fileName: upload.fileName, count: out.length } });
    return out;
  });
  return { ...report, committed: true, errors: [], created };
}
