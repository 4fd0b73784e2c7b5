import type { MiddlewareHandler } from 'hono';
import { webSocketOrigin } from './trusted-origins.ts';

/**
 * The Content-Security-Policy of the built app: its own scripts and styles only (React sets
 * style properties through the CSSOM, which style-src does not govern), images also from
 * data:/blob: (the favicon is a data: URL), and connections to this origin plus the sync
 * WebSocket's origin. No framing, no <base> or form posts elsewhere.
 */
export function contentSecurityPolicy(opts: { trustedOrigins: string[]; zeroPublicUrl?: string | undefined }): string {
  // 'self' covers same-origin ws: in current browsers; the explicit ws origins keep older ones working.
  const sync = opts.trustedOrigins.map(webSocketOrigin);
  if (opts.zeroPublicUrl) {
    const zero = new URL(opts.zeroPublicUrl).origin;
    sync.push(zero, webSocketOrigin(zero));
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${[...new Set(sync)].join(' ')}`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Sets the security headers on every response the app server sends. */
export function securityHeaders(opts: { trustedOrigins: string[]; zeroPublicUrl?: string | undefined; https: boolean }): MiddlewareHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(opts),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(opts.https ? { 'Strict-Transport-Security': 'max-age=15552000' } : {}),
  };
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
