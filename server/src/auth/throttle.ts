/**
 * Slows down password guessing: after MAX_FAILURES failed sign-ins for one username (or from one
 * address) within WINDOW_MS, further attempts are refused until the window has passed. Kept in
 * memory: a restart forgets it, which is acceptable for a company-network service of one process.
 */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until the next attempt is allowed, or 0 when it may go ahead. */
  retryAfter(username: string, address: string): number {
    const user = this.recent(`user:${username}`);
    const ip = this.recent(`ip:${address}`);
    const blocked = [
      user.length >= MAX_FAILURES_PER_USER ? user[user.length - MAX_FAILURES_PER_USER] : null,
      ip.length >= MAX_FAILURES_PER_ADDRESS ? ip[ip.length - MAX_FAILURES_PER_ADDRESS] : null,
    ].filter((t): t is number => t !== null);
    if (blocked.length === 0) return 0;
    return Math.ceil((Math.max(...blocked) + WINDOW_MS - this.now()) / 1000);
  }

  recordFailure(username: string, address: string): void {
    for (const key of [`user:${username}`, `ip:${address}`]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(username: string): void {
    this.failures.delete(`user:${username}`);
  }
}
