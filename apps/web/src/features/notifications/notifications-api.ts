import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '@houqin/contracts';
import { get, post, qs } from '../../lib/api';
import { useSession } from '../../lib/session';

export interface Notification {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

const KEY = ['notifications'] as const;

/** The bell's number: starts from Me, then asks the server every minute. */
export function useUnreadCount(): number {
  const { me } = useSession();
  const query = useQuery({
    queryKey: [...KEY, 'unread-count'],
    queryFn: () => get<{ count: number }>('/notifications/unread-count'),
    refetchInterval: 60_000,
    initialData: { count: me.unreadNotifications },
    initialDataUpdatedAt: 0,
    retry: false,
  });
  return query.data?.count ?? me.unreadNotifications;
}

export function useInbox(unreadOnly: boolean, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'list', { unreadOnly }],
    queryFn: () => get<Page<Notification>>(`/notifications${qs({ unread: unreadOnly ? 'true' : undefined, page: 1, pageSize: 50 })}`),
    enabled,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') => post(id === 'all' ? '/notifications/read-all' : `/notifications/${id}/read`),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
