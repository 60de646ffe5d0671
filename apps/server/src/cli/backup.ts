import fs from 'node:fs';
import path from 'node:path';
import { sqlitePathOf } from '../server.js';
import { type CliCommand, CliError, stringFlag } from './command.js';
import { shellQuote, timestamp } from './format.js';
import { backupSqlite, verifyHouqinSqlite } from './sqlite-files.js';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: '备份数据库（SQLite：服务运行中也可在线备份；PostgreSQL：给出 pg_dump 命令）',
  flags: { out: { type: 'string', help: '备份文件路径；默认 data/backups/houqin-年月日-时分秒.sqlite' } },
  async run({ flags, config, io }) {
    const backups = path.join(config.dataDir, 'backups');
    if (config.databaseUrl) {
      const out = path.resolve(stringFlag(flags, 'out') ?? path.join(backups, `houqin-${timestamp()}.dump`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      io.out('当前使用 PostgreSQL，请用 PostgreSQL 自带的工具备份（命令中含数据库密码，请勿外传）：');
      io.out(`pg_dump --format=custom --no-owner --file=${shellQuote(out)} ${shellQuote(config.databaseUrl)}`);
      return;
    }
    const source = sqlitePathOf(config);
    if (!fs.existsSync(source)) throw new CliError(`找不到数据库文件 ${source}（HOUQIN_DATA_DIR 是否正确？）`);
    const out = path.resolve(stringFlag(flags, 'out') ?? path.join(backups, `houqin-${timestamp()}.sqlite`));
    if (fs.existsSync(out)) throw new CliError(`目标文件已存在，不会覆盖：${out}`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    try {
      await backupSqlite(source, out);
      verifyHouqinSqlite(out);
    } catch (err) {
      fs.rmSync(out, { force: true });
      throw err;
    }
    io.out(`备份完成：${out}（${formatSize(fs.statSync(out).size)}，已通过完整性检查）`);
    io.out(`恢复方法：停止服务后运行 npm run houqin -- restore --from ${shellQuote(out)}`);
  },
};
