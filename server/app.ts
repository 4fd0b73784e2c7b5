import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type postgres from 'postgres';
import { adminRoutes } from './admin/admin-routes.ts';
import type { Auth } from './auth.ts';
import { healthRoutes } from './health.ts';
import { BODY_LIMITS, limitBody } from './net/body-limit.ts';
import { sessionRoutes } from './session-routes.ts';
import { createSimulatorApp } from './simulator/simulator-app.ts';
import { apiWebhookRoutes } from './webhooks/api-webhook.ts';
import { zeroRoutes } from './zero/zero-routes.ts';

export type AppDeps = {
  sql: postgres.Sql;
  auth: Auth;
  deliver: (messageId: string) => void;
  /** zero-cache as this server reaches it (health checks). */
  zeroCacheUrl: string;
  /** zero-cache as browsers reach it; undefined = same host as the page, port `zeroPort`. */
  zeroPublicUrl: string | undefined;
  zeroPort: number;
  /** Where platforms and browsers reach this server (webhook URLs shown in Settings). */
  publicUrl: string;
  /** Serve the built-in customer simulator under /simulator (demo and tests). */
  simulator: boolean;
  /** Folder of the built React app; absent in dev, where Vite serves it. */
  distDir?: string;
};

export function createApp(deps: AppDeps) {
  const app = new Hono();
  // Bodies are limited while they stream; webhooks, the admin API and the simulator set their own.
  app.use('/api/auth/*', limitBody(BODY_LIMITS.auth));
  app.use('/api/zero/*', limitBody(BODY_LIMITS.zero));
  app.on(['GET', 'POST'], '/api/auth/*', (c) => deps.auth.handler(c.req.raw));
  app.route('/api', sessionRoutes(deps));
  app.route('/api/zero', zeroRoutes(deps));
  app.route('/api/admin', adminRoutes(deps));
  app.route('/webhooks/api', apiWebhookRoutes(deps));
  app.route('/healthz', healthRoutes(deps));
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
