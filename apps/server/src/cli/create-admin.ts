import { hashPassword } from '../platform/auth/passwords.js';
import { runInTransaction } from '../platform/db/audited-writes.js';
import { insertUser } from '../modules/users/use-cases/insert-user.js';
import { chooseInitialPassword, findSchoolByCode, printPassword } from './accounts.js';
import { type CliCommand, CliError, stringFlag } from './command.js';
import { CLI_AUDIT, withMigratedDatabase } from './database.js';

const STAFF_NO = /^[A-Za-z0-9_-]{1,32}$/;

export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  summary: '为学校新建一个系统管理员账号（例如忘记了管理员密码、管理员离职）',
  flags: {
    'school-code': { type: 'string', required: true, help: '学校代码，如 SFXX' },
    'staff-no': { type: 'string', required: true, help: '工号（字母、数字、- 或 _）' },
    name: { type: 'string', required: true, help: '姓名' },
    password: { type: 'string', help: '初始密码；不填则生成临时密码' },
  },
  async run({ flags, config, io }) {
    const schoolCode = stringFlag(flags, 'school-code') ?? '';
    const staffNo = stringFlag(flags, 'staff-no') ?? '';
    const name = stringFlag(flags, 'name') ?? '';
    if (!STAFF_NO.test(staffNo)) throw new CliError('--staff-no 只能包含字母、数字、- 和 _，最多 32 个字符', 2);
    if (name.length > 40) throw new CliError('--name 不能超过 40 个字符', 2);
    const given = stringFlag(flags, 'password');
    const password = chooseInitialPassword(given, staffNo, null);
    const passwordHash = await hashPassword(password);
    await withMigratedDatabase(config, async (db) => {
      const school = await findSchoolByCode(db.kysely, schoolCode);
      await runInTransaction(db.kysely, async (tx) => {
        const taken = await tx.selectFrom('users').select('id').where('school_id', '=', school.id).where('staff_no', '=', staffNo).executeTakeFirst();
        if (taken) throw new CliError(`${school.name} 已有工号为 ${staffNo} 的账号；如需重置其密码，请用 reset-password`);
        await insertUser(tx, { ...CLI_AUDIT, schoolId: school.id }, {
          schoolId: school.id, staffNo, name, passwordHash, mustChangePassword: true, roles: ['sysadmin'],
        });
      });
      io.out(`已在「${school.name}」创建系统管理员 ${name}（工号 ${staffNo}，学校代码 ${schoolCode}）。`);
    });
    printPassword(io, password, given === undefined);
  },
};
