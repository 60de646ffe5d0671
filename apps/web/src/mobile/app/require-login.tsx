import { Navigate, Outlet, useLocation } from 'react-router';
import { loginUrl } from '../lib/safe-next';
import { BootFailed, BootSpinner } from './boot-screens';
import { useSession } from './session';

const PASSWORD_PAGE = '/m/password';

/** Pages behind it need a signed-in user; a user whose password must change goes there first. */
export function RequireLogin() {
  const { status, me, failure, refresh, signedOutOnPurpose } = useSession();
  const location = useLocation();
  const here = location.pathname + location.search;
  if (status === 'loading') return <BootSpinner />;
  if (status === 'failed' && failure) return <BootFailed failure={failure} onRetry={() => void refresh()} />;
  if (!me) return <Navigate to={signedOutOnPurpose ? '/m/login' : loginUrl(here)} replace />;
  if (me.mustChangePassword && location.pathname !== PASSWORD_PAGE) {
    return <Navigate to={`${PASSWORD_PAGE}?next=${encodeURIComponent(here)}`} replace />;
  }
  return <Outlet />;
}
