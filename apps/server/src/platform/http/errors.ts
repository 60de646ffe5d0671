import type { ApiErrorBody } from '@houqin/contracts';

export interface FieldError { field: string; message: string }

/** Platform error codes and their HTTP status: the one table that maps a code to a status. */
export const PLATFORM_ERRORS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  DUPLICATE: 409,
  IN_USE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  SETUP_REQUIRED: 503,
  ALREADY_SET_UP: 409,
  LOGIN_SCHOOL_REQUIRED: 400,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type PlatformErrorCode = keyof typeof PLATFORM_ERRORS;

/** The one error type. Deliberate 4xx errors pass through every catch-all untouched. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

/** Builds a typed factory for a module's own error table. */
export function errorFactory<T extends Record<string, number>>(table: T) {
  return (code: keyof T & string, message: string, fields?: FieldError[]): AppError =>
    new AppError(code, table[code] ?? 500, message, fields);
}

export const platformError = errorFactory(PLATFORM_ERRORS);

export function notFound(what: string): AppError {
  return platformError('NOT_FOUND', `${what}不存在或无权查看`);
}

export function forbidden(message = '没有权限执行此操作'): AppError {
  return platformError('FORBIDDEN', message);
}

export function staleVersion(what: string): AppError {
  return platformError('STALE_VERSION', `${what}已被他人修改，请刷新后再试`);
}

export function invalidField(field: string, message: string): AppError {
  return platformError('VALIDATION_FAILED', message, [{ field, message }]);
}
