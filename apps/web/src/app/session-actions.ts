import type { QueryClient } from '@tanstack/react-query';
import { get, isApiError, post, setCsrfToken } from '../lib/api';
import type { Me } from '../lib/session';
import { ME_KEY } from './query-client';

/** GET /auth/me, with "not signed in" as null rather than an error. */
export async function loadMe(): Promise<Me | null> {
  try {
    const me = await get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (isApiError(err) && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** After login or setup: the answer is the new Me, with the CSRF token for every later write. */
export function acceptMe(client: QueryClient, me: Me): void {
  setCsrfToken(me.csrfToken);
  client.setQueryData(ME_KEY, me);
}

export async function signOut(client: QueryClient, everywhere = false): Promise<void> {
  try {
    await post(everywhere ? '/auth/logout-all' : '/auth/logout');
  } finally {
    setCsrfToken(null);
    client.clear();
    client.setQueryData(ME_KEY, null);
  }
}
