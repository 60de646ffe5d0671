import type { AppConfig } from '../config/config.js';

/** Output of a command; tests capture it, the real CLI writes to the terminal. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export type Flags = Record<string, string | boolean | undefined>;

export interface FlagSpec {
  type: 'string' | 'boolean';
  /** Chinese description for `help`. */
  help: string;
  required?: boolean;
}

export interface CliCommand {
  name: string;
  summary: string;
  flags: Record<string, FlagSpec>;
  run(ctx: { flags: Flags; config: AppConfig; io: CliIo }): Promise<void>;
}

/** A failure the operator can act on: printed as is, no stack trace. Exit code 2 means wrong usage. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

export function stringFlag(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
