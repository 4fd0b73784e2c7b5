import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type postgres from 'postgres';
import type { Auth } from '../auth.ts';
import type { OutboundMessage } from '../connectors/api/wire.ts';
import { contextFromHeaders } from '../zero/context.ts';
import { createApiPlatformFake } from './api-platform-fake.ts';

/** Enough history to debug a demo session without growing without bound. */
const KEEP_RECEIVED = 100;
/** Retries come within hours; 10,000 keys is a few hundred KB. */
const REMEMBER_KEYS = 10_000;

export type SimulatorDelivery = {
  accountId: string;
  platformMessageId: string;
  idempotencyKey: string | null;
  receivedAt: string;
  message: OutboundMessage;
};

/**
 * The built-in customer simulator: the "platform" the demo API accounts send replies to. It is
 * the same fake the tests use (./api-platform-fake.ts), so the demo gets the platform's exact
 * wire behaviour: signature check against the account's secret, wire-format refusals, pings,
 * and one post per Idempotency-Key. Ids are random so a restarted demo never reuses one.
 */
export function createSimulatorApp(deps: { sql: postgres.Sql; auth: Auth }): Hono {
  const fake = createApiPlatformFake({
    requireSecret: true,
    keep: KEEP_RECEIVED,
    rememberKeys: REMEMBER_KEYS,
    newId: () => `sim-${randomUUID()}`,
    secretFor: async (accountId) => {
      const [row] = await deps.sql<{ webhook_secret: string }[]>`
        SELECT webhook_secret FROM account_secret WHERE account_id = ${accountId}`;
      return row?.webhook_secret ?? undefined;
    },
  });
  const app = new Hono();

  /**
   * The last messages the simulator posted, oldest first (for debugging the demo). They are
   * every team's replies, so only a logged-in superadmin may read them.
   */
  app.get('/inbox', async (c) => {
    const ctx = await contextFromHeaders(deps.auth, deps.sql, c.req.raw.headers);
    if (!ctx) return c.json({ error: 'Log in to Parley as a superadmin to see what the simulator received.' }, 401);
    if (!ctx.isSuperadmin) return c.json({ error: 'Only a superadmin may see the simulator inbox: it holds every team’s replies.' }, 403);
    const received: SimulatorDelivery[] = fake.posts.map((p) => ({
      accountId: p.accountId,
      platformMessageId: p.platformMessageId ?? '',
      idempotencyKey: p.idempotencyKey,
      receivedAt: p.receivedAt,
      message: p.body as OutboundMessage,
    }));
    return c.json({ received });
  });
  app.route('/', fake.app);
  return app;
}
