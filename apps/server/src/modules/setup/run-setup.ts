import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { checkPasswordRules, hashPassword } from '../../platform/auth/passwords.js';
import { isValidTimeZone } from '../../platform/calendar/time-zone.js';
import { invalidField, platformError } from '../../platform/http/errors.js';
import { createSchool } from '../org/use-cases/create-school.js';
import { insertUser } from '../users/use-cases/insert-user.js';
import type { SetupBody } from './setup.schemas.js';

/**
 * First-run setup: the school and its first administrator, in one transaction.
 * Refused once any school exists, so it cannot be replayed to take over an installation.
 */
export async function runSetup(db: Kysely<Database>, body: SetupBody, ip: string | null): Promise<{ schoolId: number; userId: number }> {
  const timezone = body.school.timezone ?? 'Asia/Shanghai';
  if (!isValidTimeZone(timezone)) throw invalidField('school.timezone', '「时区」无效，例如 Asia/Shanghai');
  checkPasswordRules(body.admin.password, 'admin.password', [body.admin.staffNo, body.admin.phone ?? null]);
  const passwordHash = await hashPassword(body.admin.password);
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('schools').select('id').limit(1).executeTakeFirst();
    if (existing) throw platformError('ALREADY_SET_UP', '系统已经初始化过，不能重复设置');
    const ctx = { actorId: null, actorName: body.admin.name, schoolId: null, ip };
    const school = await createSchool(tx, ctx, { name: body.school.name, code: body.school.code, timezone, address: body.school.address ?? null });
    const user = await insertUser(tx, { ...ctx, schoolId: school.id }, {
      schoolId: school.id, staffNo: body.admin.staffNo, name: body.admin.name, phone: body.admin.phone ?? null,
      passwordHash, mustChangePassword: false, roles: ['sysadmin', 'logistics_head'],
    });
    return { schoolId: school.id, userId: user.id };
  });
}
