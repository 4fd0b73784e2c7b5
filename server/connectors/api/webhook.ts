import { Hono } from 'hono';
import type postgres from 'postgres';
import { storeEvent } from '../../intake/store-event.ts';
import { BODY_LIMITS, limitBody } from '../../net/body-limit.ts';
import { refuseNullCharacters, refuseNullInPath } from '../../net/null-character.ts';
import { webhookAccount } from '../../webhooks/webhook-account.ts';
import type { InboundEvent } from '../inbound.ts';
import { SIGNATURE_HEADER, verifySignature } from './signature.ts';
import { type InboundMessage, inboundMessage } from './wire.ts';

/** The API channel's payload as a normalized event: a comment is a comment, the rest messages. */
export function parseApiMessage(m: InboundMessage): InboundEvent {
  const post = {
    platformMessageId: m.id,
    customer: { platformId: m.customer.id, name: m.customer.name, handle: m.customer.handle },
    text: m.text,
    inReplyTo: m.inReplyTo,
    sentAt: new Date(m.sentAt),
  };
  return m.kind === 'comment' ? { type: 'comment', ...post } : { type: 'message', kind: m.kind, ...post };
}

/**
 * Inbound intake of the API channel: POST /webhooks/api/:accountId, signed over the raw bytes
 * with the account's webhook secret. 401 stores nothing (unknown accounts look the same); 410
 * for a deleted account; 400 says what is wrong; 413 for a body past the limit (refused while
 * it streams); a repeat is 200 with `duplicate: true`.
 */
export function apiWebhookRoutes(deps: { sql: postgres.Sql }) {
  const app = new Hono();
  app.use('*', refuseNullInPath);
  app.post('/:accountId', limitBody(BODY_LIMITS.webhook), async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const account = await webhookAccount(deps.sql, 'api', c.req.param('accountId'));
    if (!account?.webhookSecret || !verifySignature(raw, account.webhookSecret, c.req.header(SIGNATURE_HEADER))) {
      return c.json({ error: `Missing or invalid ${SIGNATURE_HEADER}: sign the raw body with HMAC-SHA256 and the account's webhook secret.` }, 401);
    }
    if (account.deleted) return c.json({ error: 'This account was deleted in Parley; it no longer receives messages.' }, 410);
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
    const result = await storeEvent(deps.sql, account, parseApiMessage(parsed.data));
    if (result.type !== 'stored') throw new Error('The API channel only sends messages and comments.');
    const { stored } = result;
    return c.json({ id: stored.messageId, ticketId: stored.ticketId, duplicate: stored.duplicate }, 200);
  });
  return app;
}
