import { invalidField } from '../../../platform/http/errors.js';

/** Trimmed text that must not be blank: "   " passes a minLength check but says nothing. */
export function requiredText(value: string, field: string, label: string): string {
  const text = value.trim();
  if (!text) throw invalidField(field, `「${label}」不能为空`);
  return text;
}

export function optionalText(value: string | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}
