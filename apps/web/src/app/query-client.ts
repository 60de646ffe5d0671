import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';

export const ME_KEY = ['auth', 'me'] as const;

/**
 * One client for the admin shell. An expired session anywhere sends the user back to the login
 * page (by clearing Me); a forced password change re-reads Me so the change page appears.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (err) => onSessionError(err) }),
    mutationCache: new MutationCache({ onError: (err) => onSessionError(err) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change by asking again.
        retry: (count, err) => !(isApiError(err) && err.status < 500) && count < 2,
      },
    },
  });
  function onSessionError(err: unknown): void {
    if (!isApiError(err)) return;
    if (err.status === 401 && err.body.code === 'UNAUTHENTICATED') client.setQueryData(ME_KEY, null);
    if (err.body.code === 'PASSWORD_CHANGE_REQUIRED') void client.invalidateQueries({ queryKey: ME_KEY });
  }
  return client;
}
