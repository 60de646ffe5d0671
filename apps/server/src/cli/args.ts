import { parseArgs } from 'node:util';
import { type CliCommand, CliError, type Flags } from './command.js';

function describe(err: unknown): string {
  const code = (err as { code?: string }).code;
  const msg = err instanceof Error ? err.message : String(err);
  const option = /'(--?[^' ]+)/.exec(msg)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return `不认识的参数 ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': return `参数 ${option} 需要一个值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return `多余的参数：${/'([^']*)'/.exec(msg)?.[1] ?? ''}（参数请写成 --名称 值）`;
    default: return msg;
  }
}

/** Parses `--flag value` / `--flag=value` for one command; unknown or missing flags are usage errors. */
export function parseFlags(command: CliCommand, argv: string[]): Flags {
  const options = Object.fromEntries(Object.entries(command.flags).map(([name, spec]) => [name, { type: spec.type }]));
  let values: Flags;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Flags;
  } catch (err) {
    throw new CliError(`${describe(err)}。运行 npm run houqin -- help 查看用法`, 2);
  }
  for (const [name, spec] of Object.entries(command.flags)) {
    const v = values[name];
    if (spec.required && (v === undefined || (typeof v === 'string' && v.trim() === ''))) {
      throw new CliError(`缺少参数 --${name}（${spec.help}）`, 2);
    }
  }
  return values;
}
