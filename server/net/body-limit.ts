import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Limits per kind of route; real requests are far smaller. */
export const BODY_LIMITS = {
  /** Webhooks and the simulator: one message each. */
  webhook: 256 * 1024,
  /** The admin API: a few form fields. */
  admin: 64 * 1024,
  /** Sign-in and sign-out: an email and a password. */
  auth: 16 * 1024,
  /** zero-cache's pushes: many mutations at once after a client was offline. */
  zero: 8 * 1024 * 1024,
} as const;

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/**
 * Hono's bodyLimit: a declared Content-Length over the limit is refused before anything is
 * read, and a body without one is counted while it streams and refused as soon as it passes
 * the limit, so it is never held whole in memory. What the sender keeps sending is discarded
 * by @hono/node-server for at most 500 ms or 64 MB, then the connection is cut; closing at
 * once instead would reset the connection before an honest client could read the 413.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `The request body is larger than ${size(maxBytes)}, the most this endpoint accepts. Send less.` }, 413),
  });
}
