import { loadConfig } from '../config/config.js';
import { AppError } from '../platform/http/errors.js';
import { parseFlags } from './args.js';
import { backupCommand } from './backup.js';
import { type CliCommand, CliError, type CliIo } from './command.js';
import { createAdminCommand } from './create-admin.js';
import { demoCommand } from './demo.js';
import { printHelp } from './help.js';
import { migrateCommand } from './migrate.js';
import { resetPasswordCommand } from './reset-password.js';
import { restoreCommand } from './restore.js';

export const COMMANDS: readonly CliCommand[] = [
  migrateCommand, createAdminCommand, resetPasswordCommand, backupCommand, restoreCommand, demoCommand,
];

export const terminalIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs one command and returns the process exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: string[], io: CliIo = terminalIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    printHelp(io, COMMANDS);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`没有 ${name} 这个命令。可用命令：${COMMANDS.map((c) => c.name).join('、')}、help`);
    return 2;
  }
  try {
    const flags = parseFlags(command, rest);
    await command.run({ flags, config: loadConfig(env), io });
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`错误：${err.message}`);
      return err.exitCode;
    }
    if (err instanceof AppError) {
      io.err(`错误：${err.message}`);
      return 1;
    }
    io.err(`执行 ${name} 时出错：${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
