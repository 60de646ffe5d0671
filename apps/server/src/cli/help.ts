import type { CliCommand, CliIo } from './command.js';

export function printHelp(io: CliIo, commands: readonly CliCommand[]): void {
  io.out('后勤管理系统 命令行工具');
  io.out('用法：npm run houqin -- <命令> [--参数 值 …]');
  io.out('数据库与服务相同：默认 data/houqin.sqlite（HOUQIN_DATA_DIR 可改目录），设置 DATABASE_URL=postgres://… 则使用 PostgreSQL。');
  io.out('');
  for (const c of commands) {
    io.out(`  ${c.name}`);
    io.out(`      ${c.summary}`);
    for (const [name, spec] of Object.entries(c.flags)) {
      const value = spec.type === 'string' ? ' <值>' : '';
      io.out(`      --${name}${value}${spec.required ? '（必填）' : ''}  ${spec.help}`);
    }
  }
  io.out('  help');
  io.out('      显示本说明');
  io.out('');
  io.out('示例：npm run houqin -- reset-password --staff-no A001 --school-code SFXX');
}
