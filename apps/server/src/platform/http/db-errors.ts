import { AppError, platformError } from './errors.js';

/** Chinese names of columns that can clash, for "与已有记录重复" messages. */
const COLUMN_LABELS: Record<string, string> = {
  name: '名称', code: '编号', staff_no: '工号', phone: '手机号', date: '日期', role_key: '角色',
};

interface DriverError { code?: unknown; message?: unknown; detail?: unknown; constraint?: unknown }

function lastColumn(columns: string): string {
  const parts = columns.split(',').map((c) => c.trim().replace(/^\w+\./, ''));
  const meaningful = parts.filter((p) => p !== 'school_id' && !p.endsWith('_id'));
  return meaningful[meaningful.length - 1] ?? parts[parts.length - 1] ?? '';
}

/** Translates driver errors we can explain into AppErrors; anything else is left alone. */
export function translateDbError(err: unknown): AppError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as DriverError;
  const message = typeof e.message === 'string' ? e.message : '';
  // SQLite: "UNIQUE constraint failed: rooms.school_id, rooms.name"; PostgreSQL: 23505 with "Key (a, b)=(…)".
  let columns: string | undefined;
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    columns = message.split(':')[1] ?? '';
  } else if (e.code === '23505') {
    columns = /Key \(([^)]*)\)/.exec(typeof e.detail === 'string' ? e.detail : '')?.[1] ?? '';
  }
  if (columns !== undefined) {
    const column = lastColumn(columns);
    const label = COLUMN_LABELS[column] ?? column;
    return platformError('DUPLICATE', `「${label}」与已有记录重复`, [{ field: column, message: `「${label}」与已有记录重复` }]);
  }
  // PostgreSQL refuses numbers beyond a column's range (22003) or text that is not a number (22P02):
  // the client sent an impossible id or value, not a server fault.
  if (e.code === '22003' || e.code === '22P02') {
    return platformError('VALIDATION_FAILED', '提交的编号或数值超出允许范围');
  }
  if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e.code === '23503') {
    return platformError('IN_USE', '该记录仍被其他记录使用（或引用的记录不存在），操作未执行');
  }
  return undefined;
}
