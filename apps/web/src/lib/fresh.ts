/**
 * The newest copy of the record open in a form. After a 409 the list refetches; the form is
 * keyed by id + version, so it reopens on the current data instead of resubmitting a stale one.
 */
export function freshCopy<T extends { id: number }>(editing: T | null, items: readonly T[] | undefined): T | null {
  if (!editing) return null;
  return items?.find((item) => item.id === editing.id) ?? editing;
}
