import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { judgeOrigin } from './origin-check.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant time, whatever the lengths: both sides are hashed to 32 bytes first. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/**
 * /api/zero/query and /api/zero/mutate are called by zero-cache alone, which sends the
 * shared key as X-Api-Key: a page that posts there with a user's cookie gets 401. zero-cache
 * also forwards the Origin of the browser behind the connection; a foreign one is refused,
 * so a page on another origin that reaches zero-cache directly gets no rows and no writes.
 */
export function zeroApiKeyCheck(opts: { apiKey: string; trusted: ReadonlySet<string>; publicUrl: string }): MiddlewareHandler {
  return async (c, next) => {
    if (!sameSecret(c.req.header('x-api-key'), opts.apiKey)) {
      return c.json({ error: 'Only zero-cache may call this endpoint: the X-Api-Key header is missing or wrong.', code: 'BAD_API_KEY' }, 401);
    }
    const verdict = judgeOrigin(c.req.header('origin'), opts.trusted, opts.publicUrl, false);
    if (!verdict.ok) return c.json({ error: verdict.reason, code: 'FOREIGN_ORIGIN' }, 403);
    return next();
  };
}
