import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type postgres from 'postgres';
import type { Auth } from '../auth.ts';
import { SIGNATURE_HEADER, verifySignature } from '../connectors/api/signature.ts';
import { type OutboundMessage, outboundMessage, pingMessage } from '../connectors/api/wire.ts';
import { BODY_LIMITS, limitBody } from '../net/body-limit.ts';
import { refuseNullCharacters, refuseNullInPath } from '../net/null-character.ts';
import { contextFromHeaders } from '../zero/context.ts';

/** Enough history to debug a demo session without growing without bound. */
const KEEP_RECEIVED = 100;

export type SimulatorDelivery = {
  accountId: string;
  platformMessageId: string;
  idempotencyKey: string | null;
  receivedAt: string;
  message: OutboundMessage;
};

function reasonsOf(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ');
}

/**
 * The built-in customer simulator: the "platform" the demo API accounts send replies to.
 * It checks what a real platform would (signature, wire format) and answers like one, so
 * the demo shows replies as delivered without any external service.
 */
export function createSimulatorApp(deps: { sql: postgres.Sql; auth: Auth }): Hono {
  const app = new Hono();
  const received: SimulatorDelivery[] = [];

  app.use('*', refuseNullInPath);
  app.post('/inbox/:accountId', limitBody(BODY_LIMITS.webhook), async (c) => {
    const accountId = c.req.param('accountId');
    const raw = await c.req.text();
    const [secret] = await deps.sql<{ webhook_secret: string }[]>`
      SELECT webhook_secret FROM account_secret WHERE account_id = ${accountId}`;
    if (!secret || !verifySignature(raw, secret.webhook_secret, c.req.header(SIGNATURE_HEADER))) {
      return c.json({ error: 'bad signature' }, 401);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return c.json({ error: 'Body is not valid JSON.' }, 400);
    }
    const withNull = refuseNullCharacters(c, json);
    if (withNull) return withNull;
    if (pingMessage.safeParse(json).success) return c.json({ ok: true }, 200);
    const parsed = outboundMessage.safeParse(json);
    if (!parsed.success) return c.json({ error: reasonsOf(parsed.error) }, 400);
    if (parsed.data.accountId !== accountId) {
      return c.json({ error: `accountId ${parsed.data.accountId} does not match the URL's ${accountId}.` }, 400);
    }
    const platformMessageId = `sim-${randomUUID()}`;
    received.push({
      accountId,
      platformMessageId,
      idempotencyKey: c.req.header('Idempotency-Key') ?? null,
      receivedAt: new Date().toISOString(),
      message: parsed.data,
    });
    if (received.length > KEEP_RECEIVED) received.splice(0, received.length - KEEP_RECEIVED);
    return c.json({ id: platformMessageId }, 200);
  });

  /**
   * The last messages the simulator received, oldest first (for debugging the demo). They are
   * every team's replies, so only a logged-in superadmin may read them.
   */
  app.get('/inbox', async (c) => {
    const ctx = await contextFromHeaders(deps.auth, deps.sql, c.req.raw.headers);
    if (!ctx) return c.json({ error: 'Log in to Parley as a superadmin to see what the simulator received.' }, 401);
    if (!ctx.isSuperadmin) return c.json({ error: 'Only a superadmin may see the simulator inbox: it holds every team’s replies.' }, 403);
    return c.json({ received });
  });

  return app;
}
