import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { get, post, setCsrfToken } from '../../lib/api';
import type { Me } from '../lib/api-types';
import { describeError, type Failure } from '../lib/describe-error';

export type SessionStatus = 'loading' | 'anonymous' | 'signedIn' | 'failed';

interface SessionValue {
  status: SessionStatus;
  me: Me | null;
  failure: Failure | null;
  /** True after the user pressed 退出登录: the login page then opens without a ?next= back. */
  signedOutOnPurpose: boolean;
  /** Stores the Me a login or password change answered with. */
  signIn: (me: Me) => void;
  /** The server said 401: forget the user so the guards send them to the login page. */
  expire: () => void;
  refresh: () => Promise<void>;
  signOut: (everywhere: boolean) => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in, asked once per page load and shared by every phone page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [signedOutOnPurpose, setSignedOutOnPurpose] = useState(false);

  const signIn = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
    setFailure(null);
    setSignedOutOnPurpose(false);
    setStatus('signedIn');
  }, []);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
    setStatus('anonymous');
  }, []);

  const refresh = useCallback(async () => {
    try {
      signIn(await get<Me>('/auth/me'));
    } catch (err) {
      const f = describeError(err);
      if (f.kind === 'unauthenticated') expire();
      else {
        setFailure(f);
        setStatus('failed');
      }
    }
  }, [signIn, expire]);

  const signOut = useCallback(async (everywhere: boolean) => {
    try {
      await post(everywhere ? '/auth/logout-all' : '/auth/logout');
    } catch (err) {
      // Already signed out on the server counts as success; a network failure must not pretend to.
      if (describeError(err).kind !== 'unauthenticated') throw err;
    }
    setSignedOutOnPurpose(true);
    expire();
  }, [expire]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(
    () => ({ status, me, failure, signedOutOnPurpose, signIn, expire, refresh, signOut }),
    [status, me, failure, signedOutOnPurpose, signIn, expire, refresh, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages behind the login guard, where a signed-in user is certain. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe outside the login guard');
  return me;
}
