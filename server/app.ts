import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type postgres from 'postgres';
import { adminRoutes } from './admin/admin-routes.ts';
import type { Auth } from './auth.ts';
import { healthRoutes } from './health.ts';
import { BODY_LIMITS, limitBody } from './net/body-limit.ts';
import { originCheck } from './http/origin-check.ts';
import { securityHeaders } from './http/security-headers.ts';
import { ZERO_PATH, zeroHttpRoutes } from './http/zero-proxy.ts';
import type { TrustedProxies } from './limits/client-address.ts';
import { signInGuard } from './limits/sign-in-guard.ts';
import { createSignInLimiter, type SignInLimits } from './limits/sign-in-limiter.ts';
import { sessionRoutes } from './session-routes.ts';
import { createSimulatorApp } from './simulator/simulator-app.ts';
import { webhookRoutes } from './webhooks/webhook-routes.ts';
import { zeroRoutes } from './zero/zero-routes.ts';

export type AppDeps = {
  sql: postgres.Sql;
  auth: Auth;
  /** zero-cache as this server reaches it (health checks). */
  zeroCacheUrl: string;
  /** zero-cache as browsers reach it; undefined = /zero on the page's own origin (proxied). */
  zeroPublicUrl: string | undefined;
  /** Origins whose pages may change state (Origin check on writes and on the sync socket). */
  trustedOrigins: string[];
  /** The secret zero-cache sends as X-Api-Key to /api/zero/query and /api/zero/mutate. */
  zeroApiKey: string;
  /** Where platforms and browsers reach this server (webhook URLs shown in Settings). */
  publicUrl: string;
  /** Serve the built-in customer simulator under /simulator (demo and tests). */
  simulator: boolean;
  /** Folder of the built React app; absent in dev, where Vite serves it. */
  distDir?: string;
  /** Proxies whose X-Forwarded-For names the client (sign-in limits). */
  trustedProxies: TrustedProxies;
  signInLimits?: SignInLimits;
};

export function createApp(deps: AppDeps) {
  const app = new Hono();
  const trusted = new Set(deps.trustedOrigins);
  app.use('*', securityHeaders({ ...deps, https: deps.publicUrl.startsWith('https:') }));
  // Bodies are limited while they stream; webhooks, the admin API and the simulator set their own.
  app.use('/api/auth/*', limitBody(BODY_LIMITS.auth));
  app.use('/api/zero/*', limitBody(BODY_LIMITS.zero));
  // Writes that only the Parley page makes: a request naming no origin is refused too.
  for (const browserOnly of ['/api/admin/*', '/api/auth/*']) {
    app.use(browserOnly, originCheck({ trusted, publicUrl: deps.publicUrl, requireOrigin: true }));
  }
  // The simulator's inbox is posted to by Parley's own delivery (no page, no Origin).
  app.use('/simulator/*', originCheck({ trusted, publicUrl: deps.publicUrl, requireOrigin: false }));
  app.post('/api/auth/sign-in/*', signInGuard({ limiter: createSignInLimiter(deps.signInLimits), trustedProxies: deps.trustedProxies }));
  app.on(['GET', 'POST'], '/api/auth/*', (c) => deps.auth.handler(c.req.raw));
  app.route('/api', sessionRoutes(deps));
  app.route('/api/zero', zeroRoutes(deps));
  app.route('/api/admin', adminRoutes(deps));
  app.route('/webhooks', webhookRoutes(deps));
  app.route('/healthz', healthRoutes(deps));
  app.route(ZERO_PATH, zeroHttpRoutes());
  if (deps.simulator) app.route('/simulator', createSimulatorApp(deps));
  app.all('/api/*', (c) => c.json({ error: `No API route ${c.req.method} ${c.req.path}.` }, 404));

  const dist = deps.distDir;
  if (dist && existsSync(path.join(dist, 'index.html'))) {
    const root = path.relative(process.cwd(), dist) || '.';
    app.use('/*', serveStatic({ root }));
    // Client-side routes (/, /conversations/…) all load the single page.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
}
