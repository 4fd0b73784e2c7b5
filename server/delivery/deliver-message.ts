import type postgres from 'postgres';
import { platformLabels } from '../../schema/mutators/platforms.ts';
import { canReplyOn } from '../../schema/platforms/index.ts';
import type { Platform } from '../../schema/schema.ts';
import { ConnectorError, sendApiMessage } from '../connectors/api/send.ts';

type Claimed = {
  id: string;
  ticket_id: string;
  created_at: Date;
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
 * TIC-1: only a reply the platform accepted turns its Open ticket Replied, in the same
 * transaction; a failed one leaves the ticket as it was, so nobody takes it for answered.
 */
export async function deliverMessage(sql: postgres.Sql, messageId: string, opts: DeliverOptions = {}): Promise<void> {
  const [m] = await sql<Claimed[]>`
    UPDATE message SET delivery = 'sending' FROM account a, account_secret s, customer c
    WHERE message.id = ${messageId} AND message.delivery = 'pending' AND message.direction = 'out'
      AND a.id = message.account_id AND s.account_id = a.id AND c.id = message.customer_id
    RETURNING message.id, message.ticket_id, message.created_at, message.account_id, message.kind, message.text, message.platform_parent_id,
      message.sent_at, a.platform, a.deleted_at, s.callback_url, s.webhook_secret,
      c.platform_customer_id AS customer_platform_id, c.handle AS customer_handle`;
  if (!m) return;
  try {
    const platformMessageId = await send(m, opts);
    await sql.begin(async (tx) => {
      await tx`UPDATE message SET delivery = 'sent', delivery_error = NULL, platform_message_id = ${platformMessageId}
               WHERE id = ${m.id}`;
      // A customer who wrote again after this reply was written still waits for an answer.
      await tx`UPDATE ticket SET status = 'replied', updated_at = now()
               WHERE id = ${m.ticket_id} AND status = 'open' AND NOT EXISTS (
                 SELECT 1 FROM message i WHERE i.ticket_id = ${m.ticket_id} AND i.direction = 'in' AND i.created_at > ${m.created_at})`;
    });
  } catch (e) {
    const reason = e instanceof ConnectorError ? e.message : 'Parley could not send this reply because of an internal error. Try again later.';
    await sql`UPDATE message SET delivery = 'failed', delivery_error = ${reason} WHERE id = ${m.id}`;
  }
}

export type DeliverOptions = { /** Outbound allow-list entries for this call only (tests). */ allow?: readonly string[] };

async function send(m: Claimed, opts: DeliverOptions): Promise<string> {
  if (m.deleted_at) throw new ConnectorError('The account was deleted; nothing was sent.', false);
  if (!canReplyOn(m.platform as Platform)) {
    throw new ConnectorError(`Sending on ${platformLabels[m.platform as Platform] ?? m.platform} is not available yet; nothing was sent.`, false);
  }
  if (!m.callback_url) throw new ConnectorError('The account has no callback URL; set one in Settings › Accounts.', false);
  const { platformMessageId } = await sendApiMessage({
    callbackUrl: m.callback_url,
    secret: m.webhook_secret,
    allow: opts.allow,
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
