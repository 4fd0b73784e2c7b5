import { Hono } from 'hono';
import type postgres from 'postgres';
import { SIGNATURE_HEADER, verifySignature } from '../connectors/api/signature.ts';
import { inboundMessage } from '../connectors/api/wire.ts';
import { storeInbound } from '../intake/store-inbound.ts';
import { BODY_LIMITS, limitBody } from '../net/body-limit.ts';
import { refuseNullCharacters, refuseNullInPath } from '../net/null-character.ts';

/**
 * Inbound intake of the API channel: POST /webhooks/api/:accountId, signed with the
 * account's webhook secret. 401 stores nothing; 400 says what is wrong; 413 for a body
 * past the limit (refused while it streams); a repeat is 200.
 */
export function apiWebhookRoutes(deps: { sql: postgres.Sql }) {
  const app = new Hono();
  app.use('*', refuseNullInPath);
  app.post('/:accountId', limitBody(BODY_LIMITS.webhook), async (c) => {
    const accountId = c.req.param('accountId');
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const [account] = await deps.sql<{ team_id: string; platform: string; deleted_at: Date | null; webhook_secret: string }[]>`
      SELECT a.team_id, a.platform, a.deleted_at, s.webhook_secret
      FROM account a JOIN account_secret s ON s.account_id = a.id WHERE a.id = ${accountId}`;
    // Unknown accounts and bad signatures look the same from outside.
    if (account?.platform !== 'api' || !verifySignature(raw, account.webhook_secret, c.req.header(SIGNATURE_HEADER))) {
      return c.json({ error: `Missing or invalid ${SIGNATURE_HEADER}: sign the raw body with HMAC-SHA256 and the account's webhook secret.` }, 401);
    }
    if (account.deleted_at) return c.json({ error: 'This account was deleted in Parley; it no longer receives messages.' }, 410);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return c.json({ error: 'Body is not valid JSON.' }, 400);
    }
    const withNull = refuseNullCharacters(c, json);
    if (withNull) return withNull;
    const parsed = inboundMessage.safeParse(json);
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
      return c.json({ error: 'Invalid message.', reasons }, 400);
    }
    const m = parsed.data;
    const stored = await storeInbound(deps.sql, {
      accountId,
      teamId: account.team_id,
      platformMessageId: m.id,
      customer: { platformId: m.customer.id, name: m.customer.name, handle: m.customer.handle },
      text: m.text,
      kind: m.kind,
      platformParentId: m.inReplyTo,
      sentAt: new Date(m.sentAt),
    });
    return c.json({ id: stored.messageId, ticketId: stored.ticketId, duplicate: stored.duplicate }, 200);
  });
  return app;
}
