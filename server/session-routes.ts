import { Hono } from 'hono';
import type postgres from 'postgres';
import type { Auth } from './auth.ts';
import { ZERO_PATH } from './http/zero-proxy.ts';

/**
 * GET /api/session: who is logged in (or null) and where the browser reaches zero-cache.
 * By default that is /zero on the page's own origin (the server proxies it), so the session
 * cookie (host-only) goes with the WebSocket whichever spelling of the host was typed.
 */
export function sessionRoutes(deps: { auth: Auth; sql: postgres.Sql; zeroPublicUrl: string | undefined }) {
  const app = new Hono();
  app.get('/session', async (c) => {
    // A path: the page resolves it against its own origin (app/features/sync/zero-init.tsx).
    const zeroURL = deps.zeroPublicUrl ?? ZERO_PATH;
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
