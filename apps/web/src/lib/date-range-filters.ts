import dayjs from 'dayjs';
import type { Filters } from './use-server-table';

/** Search-form values → API filters: a `range` date picker becomes from/to local dates. */
export function dateRangeFilters(values: Record<string, unknown>): Filters {
  const { range, ...rest } = values;
  const out: Filters = {};
  for (const [k, v] of Object.entries(rest)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  if (Array.isArray(range) && range.length === 2) {
    out.from = dayjs(range[0] as string).format('YYYY-MM-DD');
    out.to = dayjs(range[1] as string).format('YYYY-MM-DD');
  }
  return out;
}
