import type { FormInstance } from 'antd-mobile/es/components/form';
import { ApiError } from '../../lib/api';
import { describeError } from './describe-error';

export interface SubmitErrors {
  fields: Record<string, string>;
  /** The message not tied to a field on this page, shown above the buttons. */
  general: string | null;
}

/** Splits the server's answer into messages under the matching fields and one for the rest. */
export function splitServerErrors(err: unknown, knownFields: string[]): SubmitErrors {
  if (!(err instanceof ApiError)) return { fields: {}, general: describeError(err).message };
  const fields: Record<string, string> = {};
  for (const f of err.body.fields ?? []) if (knownFields.includes(f.field)) fields[f.field] = f.message;
  return { fields, general: Object.keys(fields).length ? null : describeError(err).message };
}

/**
 * Puts the server's per-field messages under the matching inputs of an antd-mobile form and
 * returns the message for the rest (shown above the submit button), so a 400 never leaves the user guessing.
 */
export function applyServerErrors(form: FormInstance, err: unknown, knownFields: string[]): string | null {
  const { fields, general } = splitServerErrors(err, knownFields);
  const entries = Object.entries(fields);
  if (entries.length) form.setFields(entries.map(([name, message]) => ({ name, errors: [message] })));
  return general;
}
