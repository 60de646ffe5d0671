import type { ProSchemaValueEnumObj } from '@ant-design/pro-components';

/** A ProTable select's valueEnum from a loaded list (categories, buildings, technicians). */
export function enumOf<T>(items: readonly T[] | undefined, key: (t: T) => number | string, label: (t: T) => string): ProSchemaValueEnumObj {
  return Object.fromEntries((items ?? []).map((t) => [String(key(t)), { text: label(t) }]));
}

/** The status/urgency maps as valueEnum (text only; tags are rendered by the column). */
export function enumFromLabels(map: Record<string, { text: string }>): ProSchemaValueEnumObj {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, { text: v.text }]));
}
