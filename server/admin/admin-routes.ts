import { Hono } from 'hono';
import { type AdminDeps, type AdminEnv, requireActor } from './admin-actor.ts';
import { accountAdminRoutes } from './accounts-routes.ts';
import { userAdminRoutes } from './users-routes.ts';

/**
 * /api/admin: the settings that must not travel through the sync layer (passwords, platform
 * credentials, webhook secrets). The user comes from the session cookie; 401 without one.
 */
export function adminRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();
  app.use('*', requireActor(deps));
  app.route('/users', userAdminRoutes(deps));
  app.route('/accounts', accountAdminRoutes(deps));
  return app;
}
