import { Hono } from 'hono';
import { BODY_LIMITS, limitBody } from '../net/body-limit.ts';
import { refuseNullInPath } from '../net/null-character.ts';
import { accountAdminRoutes } from './accounts-routes.ts';
import { type AdminDeps, type AdminEnv, requireActor } from './admin-actor.ts';
import { userAdminRoutes } from './users-routes.ts';

/**
 * /api/admin: the settings that must not travel through the sync layer (passwords, platform
 * credentials, webhook secrets). The user comes from the session cookie; 401 without one.
 */
export function adminRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();
  // Before the session is even read: a bad path or an oversized body is refused as such.
  app.use('*', refuseNullInPath, limitBody(BODY_LIMITS.admin));
  app.use('*', requireActor(deps));
  app.route('/users', userAdminRoutes(deps));
  app.route('/accounts', accountAdminRoutes(deps));
  return app;
}
