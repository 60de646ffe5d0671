import { recordAudit } from '../platform/audit/audit.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { deleteAllSessions } from '../platform/auth/sessions.js';
import { runInTransaction } from '../platform/db/audited-writes.js';
import { nowIso } from '../platform/db/dialect-helpers.js';
import { chooseInitialPassword, printPassword } from './accounts.js';
import { type CliCommand, CliError, stringFlag } from './command.js';
import { CLI_AUDIT, withMigratedDatabase } from './database.js';

export const resetPasswordCommand: CliCommand = {
  name: 'reset-password',
  summary: '重置某个账号的密码并解除锁定；该账号所有登录立即失效，下次登录必须修改密码',
  flags: {
    'staff-no': { type: 'string', required: true, help: '工号' },
    'school-code': { type: 'string', help: '学校代码；工号在多所学校存在时必填' },
    password: { type: 'string', help: '新密码；不填则生成临时密码' },
  },
  async run({ flags, config, io }) {
    const staffNo = stringFlag(flags, 'staff-no') ?? '';
    const schoolCode = stringFlag(flags, 'school-code');
    await withMigratedDatabase(config, async (db) => {
      let q = db.kysely.selectFrom('users').leftJoin('schools', 'schools.id', 'users.school_id')
        .select(['users.id', 'users.name', 'users.school_id', 'users.phone', 'users.must_change_password', 'users.locked_until', 'schools.code', 'schools.name as school_name'])
        .where('users.staff_no', '=', staffNo);
      if (schoolCode) q = q.where('schools.code', '=', schoolCode);
      const found = await q.limit(10).execute();
      const [user, another] = found;
      if (!user) throw new CliError(`找不到工号为 ${staffNo} 的账号${schoolCode ? `（学校代码 ${schoolCode}）` : ''}`);
      if (another) {
        throw new CliError(`工号 ${staffNo} 在多所学校存在，请加上 --school-code：${found.map((u) => `${u.code ?? '教育局'}（${u.school_name ?? u.name}）`).join('、')}`, 2);
      }
      const given = stringFlag(flags, 'password');
      const password = chooseInitialPassword(given, staffNo, user.phone);
      const passwordHash = await hashPassword(password);
      await runInTransaction(db.kysely, async (tx) => {
        await tx.updateTable('users')
          .set((eb) => ({
            password_hash: passwordHash, must_change_password: 1, failed_login_count: 0, locked_until: null,
            updated_at: nowIso(), version: eb('version', '+', 1),
          }))
          .where('id', '=', user.id).execute();
        await recordAudit(tx, { ...CLI_AUDIT, schoolId: user.school_id }, {
          entity: 'user', entityId: user.id, action: 'password_reset',
          before: { must_change_password: user.must_change_password, locked_until: user.locked_until },
          after: { must_change_password: 1, locked_until: null },
        });
        await deleteAllSessions(tx, user.id);
      });
      io.out(`已重置 ${user.name}（工号 ${staffNo}${user.school_name ? `，${user.school_name}` : ''}）的密码，并让其所有设备退出登录。`);
      printPassword(io, password, given === undefined);
    });
  },
};
