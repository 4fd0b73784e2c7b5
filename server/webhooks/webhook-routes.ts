import { Hono } from 'hono';
import type postgres from 'postgres';
import { allConnectors } from '../connectors/registry.ts';

/**
 * Every registered adapter's webhook routes at /webhooks/<platform>/ (the account id follows
 * in the path). A platform without webhooks has no route, so its path answers 404.
 */
export function webhookRoutes(deps: { sql: postgres.Sql }): Hono {
  const app = new Hono();
  for (const connector of allConnectors()) {
    if (connector.webhooks) app.route(`/${connector.platform}`, connector.webhooks(deps));
  }
  return app;
}
