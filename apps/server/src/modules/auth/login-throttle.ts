/**
 * Per-IP brake on failed logins, on top of the per-account lockout: stops one address from
 * guessing across many accounts. In memory, so each process counts its own; with several
 * processes the effective limit is multiplied, which the account lockout still bounds.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly maxFailures = 30, private readonly windowMs = 10 * 60 * 1000) {}

  retryAfterMs(ip: string, now = Date.now()): number {
    const entry = this.failures.get(ip);
    if (!entry || entry.resetAt <= now) return 0;
    return entry.count >= this.maxFailures ? entry.resetAt - now : 0;
  }

  recordFailure(ip: string, now = Date.now()): void {
    const entry = this.failures.get(ip);
    if (!entry || entry.resetAt <= now) this.failures.set(ip, { count: 1, resetAt: now + this.windowMs });
    else entry.count += 1;
    if (this.failures.size > 10_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [ip, e] of this.failures) if (e.resetAt <= now) this.failures.delete(ip);
  }
}
