import { useCallback, useEffect, useState } from 'react';
import { get } from '../../lib/api';
import { Toast } from '../components/imperative';
import type { PageOf } from '../lib/api-types';
import { describeError } from '../lib/describe-error';
import { useApi } from '../lib/use-api';

const PAGE_SIZE = 20;

/**
 * A phone list that shows the first page and appends the next on 加载更多. `query` is the list's
 * URL with its filters and no page/pageSize; changing it (a tab) or reloading starts over.
 */
export function usePagedList<T extends { id: number }>(query: string) {
  const join = query.includes('?') ? '&' : '?';
  const first = useApi<PageOf<T>>(`${query}${join}page=1&pageSize=${PAGE_SIZE}`);
  const [more, setMore] = useState<{ items: T[]; page: number; total: number | null }>({ items: [], page: 1, total: null });
  const [loadingMore, setLoadingMore] = useState(false);

  // A fresh first page (new tab, reload) drops whatever was appended to the old one.
  useEffect(() => { setMore({ items: [], page: 1, total: null }); }, [first.data]);

  const loadMore = useCallback(async () => {
    if (loadingMore) return;
    setLoadingMore(true);
    try {
      const next = await get<PageOf<T>>(`${query}${join}page=${more.page + 1}&pageSize=${PAGE_SIZE}`);
      setMore((m) => ({ items: [...m.items, ...next.items], page: m.page + 1, total: next.total }));
    } catch (err) {
      Toast.show({ content: describeError(err).message, duration: 3000 });
    } finally {
      setLoadingMore(false);
    }
  }, [loadingMore, query, join, more.page]);

  if (first.status !== 'ok') return { ...first, items: [] as T[], total: 0, hasMore: false, loadingMore, loadMore };
  // Rows can shift between pages while someone else works the list; show each once.
  const seen = new Set<number>();
  const items = [...first.data.items, ...more.items].filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
  const total = more.total ?? first.data.total;
  return { ...first, items, total, hasMore: more.page * PAGE_SIZE < total, loadingMore, loadMore };
}
