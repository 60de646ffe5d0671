import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import type { Page } from '@houqin/contracts';
import { get, qs } from './api';

export type FilterValue = string | number | boolean | null | undefined;
export type Filters = Record<string, FilterValue>;

interface Options {
  defaultSort?: string;
  pageSize?: number;
  /** Filters set outside the search form (a tree selection, a tab); they reset the page. */
  fixed?: Filters;
  /** Turns raw search-form values into API filters (date ranges, trimmed text). */
  mapFilters?: (values: Record<string, unknown>) => Filters;
  enabled?: boolean;
}

function cleanFilters(values: Record<string, unknown>): Filters {
  const out: Filters = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string') out[key] = value.trim();
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out;
}

/**
 * Server-side paging, sorting and filtering for a ProTable, with the page held in react-query
 * under [path, params] so a mutation invalidating [path] refreshes every open list of it.
 */
export function useServerTable<T>(path: string, options: Options = {}) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(options.pageSize ?? 20);
  const [sort, setSort] = useState<string | undefined>(options.defaultSort);
  const [formFilters, setFormFilters] = useState<Filters>({});
  const fixedKey = JSON.stringify(options.fixed ?? {});
  const [lastFixedKey, setLastFixedKey] = useState(fixedKey);
  if (lastFixedKey !== fixedKey) {
    // A new outside filter starts from the first page (adjusting state during render, per React docs).
    setLastFixedKey(fixedKey);
    setPage(1);
  }

  const filters = useMemo(() => ({ ...formFilters, ...(JSON.parse(fixedKey) as Filters) }), [formFilters, fixedKey]);
  const params = useMemo(() => ({ page, pageSize, sort, ...filters }), [page, pageSize, sort, filters]);
  const query = useQuery({
    queryKey: [path, params],
    queryFn: () => get<Page<T>>(`${path}${qs(params)}`),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: query.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => `共 ${total} 条`,
    onChange: (p, size) => {
      setPage(size !== pageSize ? 1 : p);
      setPageSize(size);
    },
  };

  const mapFilters = options.mapFilters ?? cleanFilters;
  return {
    query,
    items: query.data?.items ?? [],
    total: query.data?.total ?? 0,
    /** The filters and sort currently applied, for an export of exactly what is shown. */
    filters: { ...filters, sort },
    tableProps: {
      dataSource: query.data?.items ?? [],
      loading: query.isFetching,
      pagination,
      onChange: (_p: TablePaginationConfig, _f: unknown, sorter: SorterResult<T> | SorterResult<T>[]) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        const key = s?.columnKey ?? (typeof s?.field === 'string' ? s.field : undefined);
        setSort(s?.order && key ? (s.order === 'descend' ? `-${String(key)}` : String(key)) : options.defaultSort);
      },
      onSubmit: (values: Record<string, unknown>) => {
        setFormFilters(cleanFilters(mapFilters(values)));
        setPage(1);
      },
      onReset: () => {
        setFormFilters({});
        setPage(1);
      },
    },
  };
}
