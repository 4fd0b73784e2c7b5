import type postgres from 'postgres';
import { ConnectorError, sendApiMessage } from '../connectors/api/send.ts';

type Claimed = {
  id: string;
  account_id: string;
  kind: 'dm' | 'reply';
  text: string;
  platform_parent_id: string | null;
  sent_at: Date;
  platform: string;
  deleted_at: Date | null;
  callback_url: string | null;
  webhook_secret: string;
  customer_platform_id: string;
  customer_handle: string;
};

/**
 * Sends one outbound message through its account's connector. The row is claimed
 * (pending -> sending) first, so a message is handed to the platform at most once
 * however often this runs; the outcome (sent + platform id, or failed + reason) is recorded.
 */
export async function deliverMessage(sql: postgres.Sql, messageId: string): Promise<void> {
  const [m] = await sql<Claimed[]>`
    UPDATE message SET delivery = 'sending' FROM account a, account_secret s, customer c
    WHERE message.id = ${messageId} AND message.delivery = 'pending' AND message.direction = 'out'
      AND a.id = message.account_id AND s.account_id = a.id AND c.id = message.customer_id
    RETURNING message.id, message.account_id, message.kind, message.text, message.platform_parent_id,
      message.sent_at, a.platform, a.deleted_at, s.callback_url, s.webhook_secret,
      c.platform_customer_id AS customer_platform_id, c.handle AS customer_handle`;
  if (!m) return;
  try {
    const platformMessageId = await send(m);
    await sql`UPDATE message SET delivery = 'sent', delivery_error = NULL, platform_message_id = ${platformMessageId}
              WHERE id = ${m.id}`;
  } catch (e) {
    const reason = e instanceof ConnectorError ? e.message : `Unexpected error: ${(e as Error).message}`;
    await sql`UPDATE message SET delivery = 'failed', delivery_error = ${reason} WHERE id = ${m.id}`;
  }
}

async function send(m: Claimed): Promise<string> {
  if (m.deleted_at) throw new ConnectorError('The account was deleted; nothing was sent.', false);
  if (m.platform !== 'api') {
    throw new ConnectorError(`Sending on ${m.platform} is not available yet; nothing was sent.`, false);
  }
  if (!m.callback_url) throw new ConnectorError('The account has no callback URL; set one in Settings › Accounts.', false);
  const { platformMessageId } = await sendApiMessage({
    callbackUrl: m.callback_url,
    secret: m.webhook_secret,
    message: {
      type: 'message',
      id: m.id,
      accountId: m.account_id,
      customer: { id: m.customer_platform_id, handle: m.customer_handle },
      kind: m.kind,
      text: m.text,
      inReplyTo: m.platform_parent_id,
      sentAt: m.sent_at.toISOString(),
    },
  });
  return platformMessageId;
}

/**
 * After a restart: rows left `sending` by a crash go back to `pending` (the idempotency
 * key makes the resend safe), then every pending message is delivered.
 */
export async function deliverPending(sql: postgres.Sql): Promise<number> {
  await sql`UPDATE message SET delivery = 'pending' WHERE delivery = 'sending' AND direction = 'out'`;
  const rows = await sql<{ id: string }[]>`
    SELECT id FROM message WHERE delivery = 'pending' AND direction = 'out' ORDER BY created_at`;
  for (const r of rows) await deliverMessage(sql, r.id);
  return rows.length;
}
