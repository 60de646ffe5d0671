/**
 * The ?next= target after login. Only a path on this site is accepted, so a crafted link cannot
 * send a teacher who just typed their password to another site ("//evil.example", "/\evil").
 */
export function safeNext(raw: string | null | undefined, fallback = '/m'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (raw.startsWith('/m/login')) return fallback;
  return raw;
}

/** The login page URL that comes back to `path` afterwards. */
export function loginUrl(path: string): string {
  return path === '/m' ? '/m/login' : `/m/login?next=${encodeURIComponent(path)}`;
}

/** Phone pages are routed in this entry; everything else belongs to the admin shell (full load). */
export function isPhonePath(href: string): boolean {
  return href === '/m' || href.startsWith('/m/') || href.startsWith('/m?') || href.startsWith('/q/');
}
