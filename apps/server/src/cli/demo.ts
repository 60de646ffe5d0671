import { seedDemoIfEmpty } from '../demo/seed-demo.js';
import type { CliCommand } from './command.js';
import { withMigratedDatabase } from './database.js';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: '向空数据库导入演示数据（两所学校、教育局和各角色账号）；已有学校时不做任何事',
  flags: {},
  async run({ config, io }) {
    await withMigratedDatabase(config, async (db) => {
      const loaded = await seedDemoIfEmpty(db, (line) => io.out(line));
      if (!loaded) io.out('数据库中已经有学校，演示数据未导入（演示数据只能导入空数据库）。');
    });
  },
};
