import type postgres from 'postgres';
import { isUniqueViolation } from '../../schema/mutators/errors.ts';
import { platformLabels } from '../../schema/mutators/platforms.ts';
import { type Reason, reason } from '../../schema/reasons.ts';
import type { Platform } from '../../schema/schema.ts';
import { loadConnectorAccount } from '../accounts/connector-account.ts';
import type { Connector, OutboundReply } from '../connectors/connector.ts';
import { markTicketAfterDeliveredReply } from '../intake/ticket-transitions.ts';
import { abortable } from '../jobs/abortable.ts';
import { decideAfterFailure, STOPPED_WHILE_SENDING } from './delivery-decision.ts';
import { moveDelivery } from './move-delivery.ts';

type Outbound = {
  id: string;
  ticket_id: string;
  created_at: Date;
  account_id: string;
  kind: 'dm' | 'reply';
  text: string;
  platform_parent_id: string | null;
  sent_at: Date;
  customer_platform_id: string;
  customer_handle: string;
};

export type DeliverDeps = {
  connectorFor: (platform: Platform) => Connector | undefined;
  allow?: readonly string[];
  /** This try's number, 1 for the first. */
  attempt: number;
  retryBaseMs: number;
  /** Queues the next try, in the transaction that puts the message back to pending. */
  retryAt: (tx: postgres.TransactionSql, runAt: Date) => Promise<void>;
  /** Fires when the worker is stopping: the row is left `sending`, as after a crash. */
  abortSignal?: AbortSignal;
};

export type DeliveryOutcome = 'sent' | 'failed' | 'unconfirmed' | 'retrying' | 'nothing to do';

/**
 * One try at sending an outbound message through its account's connector. The row is claimed
 * (pending -> sending) first. A row found already `sending` was being sent when a worker died:
 * it is sent again only where the platform dedupes by our id, otherwise shown as not confirmed.
 * TIC-1: only a reply the platform accepted turns its Open ticket Replied, in the same
 * transaction; a failed one leaves the ticket as it was, so nobody takes it for answered.
 */
export async function deliverMessage(sql: postgres.Sql, messageId: string, deps: DeliverDeps): Promise<DeliveryOutcome> {
  const claimed = await claim(sql, messageId);
  if (!claimed) return 'nothing to do';
  const { m, resumed } = claimed;
  const loaded = await loadConnectorAccount(sql, m.account_id);
  if (!loaded || loaded.deleted) return finish(sql, m.id, 'failed', reason('ACCOUNT_DELETED'));
  const connector = deps.connectorFor(loaded.account.platform);
  if (!connector) {
    const label = platformLabels[loaded.account.platform] ?? loaded.account.platform;
    return finish(sql, m.id, 'failed', reason('SENDING_UNAVAILABLE', { platform: label }));
  }
  if (resumed && !connector.idempotentSends) {
    return finish(sql, m.id, 'unconfirmed', STOPPED_WHILE_SENDING);
  }
  let platformMessageId: string;
  try {
    ({ platformMessageId } = await abortable(connector.send(loaded.account, outboundReply(m), { sql, allow: deps.allow }), deps.abortSignal));
  } catch (e) {
    if (deps.abortSignal?.aborted) throw e; // a stopping worker records nothing, like a crash
    const decision = decideAfterFailure(e, { idempotent: connector.idempotentSends, attempt: deps.attempt, retryBaseMs: deps.retryBaseMs });
    if ('to' in decision) return finish(sql, m.id, decision.to, decision.reason);
    await sql.begin(async (tx) => {
      await moveDelivery(tx, m.id, 'sending', 'pending', { error: decision.reason });
      await deps.retryAt(tx, new Date(Date.now() + decision.retryInMs));
    });
    return 'retrying';
  }
  const markSent = (id: string | undefined) =>
    sql.begin(async (tx) => {
      await moveDelivery(tx, m.id, 'sending', 'sent', id === undefined ? {} : { platformMessageId: id });
      await markTicketAfterDeliveredReply(tx, { ticketId: m.ticket_id, replyCreatedAt: m.created_at });
    });
  try {
    await markSent(platformMessageId);
  } catch (e) {
    // The platform took the reply but answered with an id another message of this account
    // already has. The reply is out: record it sent without the id rather than throw, which
    // would leave it `sending` and make the queue send it again.
    if (!isUniqueViolation(e, 'message_platform_id_uq')) throw e;
    await markSent(undefined);
  }
  return 'sent';
}

const OUTBOUND_COLUMNS = `m.id, m.ticket_id, m.created_at, m.account_id, m.kind, m.text, m.platform_parent_id, m.sent_at,
  c.platform_customer_id AS customer_platform_id, c.handle AS customer_handle`;

async function claim(sql: postgres.Sql, id: string): Promise<{ m: Outbound; resumed: boolean } | undefined> {
  const claimed = await sql.begin(async (tx) => ((await moveDelivery(tx, id, 'pending', 'sending')) ? select(tx, id) : undefined));
  if (claimed) return { m: claimed, resumed: false };
  const [row] = await sql<{ delivery: string }[]>`SELECT delivery FROM message WHERE id = ${id} AND direction = 'out'`;
  if (row?.delivery !== 'sending') return undefined; // sent, failed, unconfirmed: a person decides
  const m = await select(sql, id);
  return m ? { m, resumed: true } : undefined;
}

async function select(sql: postgres.Sql | postgres.TransactionSql, id: string): Promise<Outbound | undefined> {
  const [m] = await sql<Outbound[]>`
    SELECT ${sql.unsafe(OUTBOUND_COLUMNS)} FROM message m JOIN customer c ON c.id = m.customer_id WHERE m.id = ${id}`;
  return m;
}

async function finish(sql: postgres.Sql, id: string, to: 'failed' | 'unconfirmed', reason: Reason): Promise<DeliveryOutcome> {
  await moveDelivery(sql, id, 'sending', to, { error: reason });
  return to;
}

function outboundReply(m: Outbound): OutboundReply {
  return {
    id: m.id,
    kind: m.kind,
    text: m.text,
    customer: { platformId: m.customer_platform_id, handle: m.customer_handle },
    inReplyToPlatformId: m.platform_parent_id,
    sentAt: m.sent_at,
  };
}
