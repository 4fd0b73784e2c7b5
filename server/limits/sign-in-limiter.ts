/**
 * Counts failed sign-ins in fixed windows, three ways, so that one attacker can neither
 * guess a password quickly nor lock everybody out:
 * - per account and client address: the strict limit a guesser hits first;
 * - per client address: one client spraying many accounts;
 * - per account from every address: a distributed guess at one account. Its threshold is
 *   high, so locking a person out takes far more failures than one client may make.
 * Counters live in this process: with several Parley servers behind a balancer each keeps
 * its own, which multiplies the allowance by the number of servers, not more.
 */
export type SignInLimits = { windowMs: number; perPair: number; perAddress: number; perAccount: number };

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { windowMs: 15 * 60_000, perPair: 5, perAddress: 30, perAccount: 50 };

type Bucket = { failures: number; resetAt: number };

export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'account' | 'address' };

/** Keeps memory bounded whatever keys an attacker invents (emails are free to make up). */
const MAX_BUCKETS = 100_000;

export function createSignInLimiter(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const keys = (email: string, address: string) => ({
    pair: `pair:${email}\u0001${address}`,
    address: `addr:${address}`,
    account: `acct:${email}`,
  });

  const live = (key: string): Bucket | undefined => {
    const b = buckets.get(key);
    if (b && b.resetAt <= now()) {
      buckets.delete(key);
      return undefined;
    }
    return b;
  };

  const over = (key: string, max: number) => {
    const b = live(key);
    return b && b.failures >= max ? b : undefined;
  };

  const evict = () => {
    const t = now();
    for (const [key, b] of buckets) if (b.resetAt <= t) buckets.delete(key);
    // Still full: drop the oldest entries (a Map iterates in insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < MAX_BUCKETS) break;
      buckets.delete(key);
    }
  };

  return {
    /** Whether another attempt may be made now. */
    check(email: string, address: string): SignInVerdict {
      const k = keys(normalizeEmail(email), address);
      const rules = [
        { key: k.pair, max: limits.perPair, reason: 'account' as const },
        { key: k.account, max: limits.perAccount, reason: 'account' as const },
        { key: k.address, max: limits.perAddress, reason: 'address' as const },
      ];
      for (const rule of rules) {
        const b = over(rule.key, rule.max);
        if (b) return { allowed: false, reason: rule.reason, retryAfterSeconds: Math.max(1, Math.ceil((b.resetAt - now()) / 1000)) };
      }
      return { allowed: true };
    },
    failed(email: string, address: string): void {
      const k = keys(normalizeEmail(email), address);
      if (buckets.size >= MAX_BUCKETS) evict();
      for (const key of [k.pair, k.address, k.account]) {
        const b = live(key);
        if (b) b.failures++;
        else buckets.set(key, { failures: 1, resetAt: now() + limits.windowMs });
      }
    },
    /** A right password ends this client's strikes on this account (not the others'). */
    succeeded(email: string, address: string): void {
      buckets.delete(keys(normalizeEmail(email), address).pair);
    },
    size: () => buckets.size,
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
