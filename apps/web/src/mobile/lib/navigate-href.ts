import type { NavigateFunction } from 'react-router';
import { isPhonePath } from './safe-next';

/**
 * Follows a link the server handed out (a QR action, a notification). Phone paths stay in this
 * app; anything else belongs to the admin shell or another site and gets a full page load.
 */
export function followHref(navigate: NavigateFunction, href: string): void {
  if (isPhonePath(href)) navigate(href);
  else window.location.assign(href);
}
