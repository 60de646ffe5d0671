import fs from 'node:fs';
import path from 'node:path';
import { sqlitePathOf } from '../server.js';
import { type CliCommand, CliError, stringFlag } from './command.js';
import { shellQuote, timestamp } from './format.js';
import { lockExclusively, makeSelfContained, removeWalFiles, verifyHouqinSqlite } from './sqlite-files.js';

function printPostgresRestore(io: { out(line: string): void }, from: string, url: string): void {
  io.out('当前使用 PostgreSQL，请先停止所有后勤服务进程，再用 PostgreSQL 自带的工具恢复（命令中含数据库密码，请勿外传）：');
  if (/\.sql$/i.test(from)) io.out(`psql --single-transaction --set ON_ERROR_STOP=1 --file=${shellQuote(from)} ${shellQuote(url)}`);
  else io.out(`pg_restore --clean --if-exists --no-owner --single-transaction --dbname=${shellQuote(url)} ${shellQuote(from)}`);
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '从备份恢复数据库（须先停止服务；SQLite 会先把当前数据库另存一份）',
  flags: { from: { type: 'string', required: true, help: '备份文件路径' } },
  async run({ flags, config, io }) {
    const from = path.resolve(stringFlag(flags, 'from') ?? '');
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) throw new CliError(`找不到备份文件 ${from}`);
    if (config.databaseUrl) {
      printPostgresRestore(io, from, config.databaseUrl);
      return;
    }
    const target = sqlitePathOf(config);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Verify a private copy: what was checked is exactly what gets installed.
    const staging = `${target}.restore-tmp`;
    fs.rmSync(staging, { force: true });
    fs.copyFileSync(from, staging);
    try {
      const { migrations } = verifyHouqinSqlite(staging);
      let keptAs: string | undefined;
      if (fs.existsSync(target)) {
        const lock = lockExclusively(target);
        try {
          keptAs = `${target}.before-restore-${timestamp()}`;
          await lock.backup(keptAs);
        } finally {
          lock.close();
        }
        makeSelfContained(keptAs);
      }
      removeWalFiles(target);
      fs.renameSync(staging, target);
      io.out(`已从 ${from} 恢复数据库（${migrations} 个迁移记录，已通过完整性检查）。`);
      if (keptAs) io.out(`恢复前的数据库已另存为 ${keptAs}`);
      io.out('现在可以启动服务：npm start');
    } finally {
      fs.rmSync(staging, { force: true });
      removeWalFiles(staging);
    }
  },
};
