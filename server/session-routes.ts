import { Hono } from 'hono';
import type postgres from 'postgres';
import type { Auth } from './auth.ts';

/**
 * GET /api/session: who is logged in (or null) and where the browser reaches zero-cache.
 * The zero URL follows the host the page was loaded from, so the session cookie (host-only)
 * goes with the WebSocket.
 */
export function sessionRoutes(deps: { auth: Auth; sql: postgres.Sql; zeroPublicUrl: string | undefined; zeroPort: number }) {
  const app = new Hono();
  app.get('/session', async (c) => {
    const url = new URL(c.req.url);
    const zeroURL = deps.zeroPublicUrl ?? `${url.protocol}//${url.hostname}:${deps.zeroPort}`;
    const session = await deps.auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) return c.json({ user: null, zeroURL });
    const [profile] = await deps.sql<{ id: string; name: string; email: string; is_superadmin: boolean; disabled_at: Date | null }[]>`
      SELECT id, name, email, is_superadmin, disabled_at FROM profile WHERE id = ${session.user.id}`;
    if (!profile || profile.disabled_at) return c.json({ user: null, zeroURL });
    return c.json({
      user: { id: profile.id, name: profile.name, email: profile.email, isSuperadmin: profile.is_superadmin },
      zeroURL,
    });
  });
  return app;
}
