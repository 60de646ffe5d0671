import { useCallback, useEffect, useState } from 'react';
import { ApiError, get } from '../../lib/api';
import { useSession } from '../app/session';
import { describeError, type Failure } from './describe-error';

export type ApiState<T> =
  | { status: 'loading'; data?: undefined; failure?: undefined }
  | { status: 'ok'; data: T; failure?: undefined }
  | { status: 'failed'; data?: undefined; failure: Failure };

/**
 * Loads one GET endpoint for a page. A 401 mid-visit (session expired or signed out elsewhere)
 * drops the session, so the login guard takes over instead of each page handling it.
 */
export function useApi<T>(url: string | null): ApiState<T> & { reload: () => void } {
  const { expire, refresh } = useSession();
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!url) return;
    let current = true;
    setState({ status: 'loading' });
    get<T>(url).then(
      (data) => current && setState({ status: 'ok', data }),
      (err: unknown) => {
        if (!current) return;
        const failure = describeError(err);
        if (failure.kind === 'unauthenticated') expire();
        // An admin reset the password mid-visit: reloading Me lets the guard open /m/password.
        if (err instanceof ApiError && err.body.code === 'PASSWORD_CHANGE_REQUIRED') void refresh();
        setState({ status: 'failed', failure });
      },
    );
    return () => {
      current = false;
    };
  }, [url, attempt, expire, refresh]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
