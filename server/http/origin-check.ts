import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/**
 * A browser names the page that made a request in `Origin` (always on a cross-origin POST
 * and on a WebSocket upgrade). A request made by a page on another origin, even another
 * port of the same host, is refused: that is how a foreign page rides a logged-in user's
 * cookie (CSRF, cross-site WebSocket hijacking).
 */
export function judgeOrigin(origin: string | undefined, trusted: ReadonlySet<string>, publicUrl: string, requireOrigin: boolean): OriginVerdict {
  // "null" is not a missing origin: it is an opaque page (a sandboxed frame, a data: URL).
  if (origin === undefined || origin === '') {
    if (!requireOrigin) return { ok: true };
    return { ok: false, reason: `Refused: the request does not say which page sent it (no Origin header). Use Parley at ${publicUrl}; API clients must send Origin: ${new URL(publicUrl).origin}.` };
  }
  if (trusted.has(origin)) return { ok: true };
  const from = origin === 'null' ? 'a page that hides its origin (a sandboxed frame or a file)' : `a page on ${origin}`;
  return { ok: false, reason: `Refused: this request came from ${from}, not from Parley. Open Parley at ${publicUrl} and try again there.` };
}

/**
 * Refuses state-changing requests (anything but GET/HEAD/OPTIONS) from a foreign Origin with
 * 403 and the reason. `requireOrigin` also refuses a request that names no origin: right for
 * browser-only endpoints; off where servers call in (a platform's delivery has no page).
 */
export function originCheck(opts: { trusted: ReadonlySet<string>; publicUrl: string; requireOrigin: boolean }): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const verdict = judgeOrigin(c.req.header('origin'), opts.trusted, opts.publicUrl, opts.requireOrigin);
    if (!verdict.ok) return c.json({ error: verdict.reason, code: 'FOREIGN_ORIGIN' }, 403);
    return next();
  };
}
