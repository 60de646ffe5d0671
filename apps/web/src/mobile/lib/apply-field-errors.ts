import type { FormInstance } from 'antd-mobile/es/components/form';
import { ApiError } from '../../lib/api';
import { describeError } from './describe-error';

/**
 * Puts the server's per-field messages under the matching inputs and returns the message for
 * the rest (shown above the submit button), so a 400 never leaves the user guessing.
 */
export function applyServerErrors(form: FormInstance, err: unknown, knownFields: string[]): string | null {
  if (!(err instanceof ApiError)) return describeError(err).message;
  const fields = (err.body.fields ?? []).filter((f) => knownFields.includes(f.field));
  if (fields.length) form.setFields(fields.map((f) => ({ name: f.field, errors: [f.message] })));
  return fields.length ? null : err.body.message;
}
