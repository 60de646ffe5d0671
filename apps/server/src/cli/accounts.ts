import type { Kysely } from 'kysely';
import { checkPasswordRules } from '../platform/auth/passwords.js';
import type { Database } from '../platform/db/schema.js';
import { AppError } from '../platform/http/errors.js';
import { generateTemporaryPassword } from '../modules/users/temporary-password.js';
import { CliError } from './command.js';

/** The given password if it passes the school rules, or a generated temporary one. */
export function chooseInitialPassword(given: string | undefined, staffNo: string, phone: string | null): string {
  if (given === undefined) return generateTemporaryPassword();
  try {
    checkPasswordRules(given, 'password', [staffNo, phone]);
  } catch (err) {
    if (err instanceof AppError) throw new CliError(`--password 不符合要求：${err.message}`, 2);
    throw err;
  }
  return given;
}

export async function findSchoolByCode(db: Kysely<Database>, code: string): Promise<{ id: number; name: string }> {
  const school = await db.selectFrom('schools').select(['id', 'name']).where('code', '=', code).executeTakeFirst();
  if (school) return school;
  const all = await db.selectFrom('schools').select(['code', 'name']).orderBy('id').limit(20).execute();
  const known = all.length ? `现有学校：${all.map((s) => `${s.code}（${s.name}）`).join('、')}` : '数据库中还没有学校，请先在浏览器中完成初始化';
  throw new CliError(`找不到学校代码为 ${code} 的学校。${known}`);
}

export function printPassword(io: { out(line: string): void }, password: string, generated: boolean): void {
  io.out(generated ? `临时密码：${password}` : '密码：已按 --password 设置');
  io.out('该账号首次登录时必须修改密码。');
}
