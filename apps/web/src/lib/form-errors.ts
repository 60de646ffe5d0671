import type { FormInstance } from 'antd';
import { message } from 'antd';
import { isApiError } from './api';

/** "school.name" → ["school", "name"], "holidays.0.off" → ["holidays", 0, "off"]: the form's own name path. */
function namePathOf(field: string): (string | number)[] {
  return field.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows one error under the nearest mounted field: "holidays.0.off.1" lands on
 * ["holidays", 0, "off"] when the range picker is the field. False when no field matches.
 */
function placeError(form: FormInstance, field: string, text: string): boolean {
  const path = namePathOf(field);
  for (let n = path.length; n > 0; n -= 1) {
    const name = path.slice(0, n);
    form.setFields([{ name, errors: [text] }]);
    if (form.getFieldError(name).length > 0) return true;
  }
  return false;
}

/**
 * Puts the server's per-field messages under the fields they name. Anything the form has no
 * field for (or an error without fields) is shown as a toast, so no message is ever lost.
 */
export function showServerErrors(err: unknown, form?: FormInstance): void {
  if (!isApiError(err)) {
    void message.error(err instanceof Error ? err.message : String(err));
    return;
  }
  const fields = err.body.fields ?? [];
  const placed = form ? fields.filter((f) => placeError(form, f.field, f.message)).length : 0;
  if (placed === 0 || placed < fields.length) void message.error(err.body.message);
}

/** True when the server refused because someone else saved first (optimistic concurrency). */
export function isStale(err: unknown): boolean {
  return isApiError(err) && err.status === 409 && err.body.code === 'STALE_VERSION';
}
