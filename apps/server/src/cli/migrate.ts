import { migrateToLatest } from '../platform/db/migrate.js';
import { openDatabase } from '../server.js';
import type { CliCommand } from './command.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: '把数据库结构升级到当前版本（服务启动时也会自动执行）',
  flags: {},
  async run({ config, io }) {
    const db = openDatabase(config);
    try {
      const applied = await migrateToLatest(db);
      io.out(applied.length ? `已执行 ${applied.length} 个数据库迁移：\n  ${applied.join('\n  ')}` : '数据库已是最新版本，无需迁移');
      io.out(`数据库：${await db.version()}`);
    } finally {
      await db.close();
    }
  },
};
