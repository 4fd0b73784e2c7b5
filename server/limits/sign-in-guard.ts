import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { clientAddress, type TrustedProxies } from './client-address.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

/**
 * Middleware in front of better-auth's email sign-in: refuses with 429 while a limit is
 * reached, and counts the attempt's outcome afterwards (401 = wrong email or password).
 */
export function signInGuard(deps: { limiter: SignInLimiter; trustedProxies: TrustedProxies }): MiddlewareHandler {
  return async (c, next) => {
    const email = await emailOf(c.req.raw);
    let peer: string | undefined;
    try {
      peer = getConnInfo(c).remote.address;
    } catch {
      peer = undefined; // app.request() in tests has no socket
    }
    const address = clientAddress(peer, c.req.header('x-forwarded-for'), deps.trustedProxies);
    const verdict = deps.limiter.check(email, address);
    if (!verdict.allowed) {
      const wait = describeWait(verdict.retryAfterSeconds);
      const message =
        verdict.reason === 'account'
          ? `Too many wrong passwords for this account. Wait ${wait}, then try again, or ask an admin to set a new password.`
          : `Too many failed sign-ins from your network. Wait ${wait}, then try again.`;
      c.header('Retry-After', String(verdict.retryAfterSeconds));
      return c.json({ code: 'TOO_MANY_ATTEMPTS', message }, 429);
    }
    await next();
    if (c.res.status === 401) deps.limiter.failed(email, address);
    else if (c.res.ok) deps.limiter.succeeded(email, address);
  };
}

/** The email the client tries; a body that is not JSON counts under an empty account name. */
async function emailOf(req: Request): Promise<string> {
  try {
    const body: unknown = await req.clone().json();
    if (body && typeof body === 'object' && 'email' in body && typeof body.email === 'string') return body.email.slice(0, 320);
  } catch {
    // better-auth answers the malformed body itself
  }
  return '';
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
