import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import type { MessageKind } from '../../schema/schema.ts';
import { joinOrOpenTicket } from './ticket-transitions.ts';

export type InboundInput = {
  accountId: string;
  teamId: string;
  platformMessageId: string;
  customer: { platformId: string; name: string; handle: string };
  text: string;
  kind: Exclude<MessageKind, 'reply'>;
  platformParentId?: string | undefined;
  sentAt: Date;
};

export type StoredInbound = { messageId: string; ticketId: string; customerId: string; duplicate: boolean };

/**
 * Stores one inbound message, whatever connector it came from, in one transaction:
 * the customer (created or refreshed), the ticket (TIC-1, ticket-transitions.ts), and the message. A platform message
 * id seen before changes nothing and returns the stored row (webhooks are retried).
 */
export async function storeInbound(sql: postgres.Sql, input: InboundInput): Promise<StoredInbound> {
  return sql.begin(async (tx) => {
    const [existing] = await tx<{ id: string; ticket_id: string; customer_id: string }[]>`
      SELECT id, ticket_id, customer_id FROM message
      WHERE account_id = ${input.accountId} AND platform_message_id = ${input.platformMessageId}`;
    if (existing) {
      return { messageId: existing.id, ticketId: existing.ticket_id, customerId: existing.customer_id, duplicate: true };
    }
    const [customer] = await tx<{ id: string }[]>`
      INSERT INTO customer (id, account_id, team_id, platform_customer_id, name, handle)
      VALUES (${randomUUID()}, ${input.accountId}, ${input.teamId}, ${input.customer.platformId},
              ${input.customer.name}, ${input.customer.handle})
      ON CONFLICT (account_id, platform_customer_id) DO UPDATE SET
        name = CASE WHEN EXCLUDED.name <> '' THEN EXCLUDED.name ELSE customer.name END,
        handle = CASE WHEN EXCLUDED.handle <> '' THEN EXCLUDED.handle ELSE customer.handle END
      RETURNING id`;
    const customerId = customer!.id;
    // Serialises concurrent deliveries for one customer so they join a single ticket.
    await tx`SELECT pg_advisory_xact_lock(hashtext(${customerId}))`;
    const ticketId = await joinOrOpenTicket(tx, {
      customerId,
      accountId: input.accountId,
      teamId: input.teamId,
      newTicketId: randomUUID(),
      title: ticketTitle(input.text),
    });
    const [parent] = input.platformParentId
      ? await tx<{ id: string }[]>`
          SELECT id FROM message WHERE account_id = ${input.accountId} AND platform_message_id = ${input.platformParentId}`
      : [];
    const messageId = randomUUID();
    const inserted = await tx`
      INSERT INTO message (id, account_id, team_id, customer_id, ticket_id, direction, kind, text,
                           platform_message_id, platform_parent_id, parent_id, delivery, sent_at)
      VALUES (${messageId}, ${input.accountId}, ${input.teamId}, ${customerId}, ${ticketId}, 'in', ${input.kind},
              ${input.text}, ${input.platformMessageId}, ${input.platformParentId ?? null}, ${parent?.id ?? null},
              'received', ${input.sentAt})
      ON CONFLICT (account_id, platform_message_id) WHERE platform_message_id IS NOT NULL DO NOTHING`;
    if (inserted.count === 0) {
      // A concurrent delivery of the same id won the race; roll back our ticket work.
      throw new DuplicateRace();
    }
    return { messageId, ticketId, customerId, duplicate: false };
  }).catch(async (e) => {
    if (!(e instanceof DuplicateRace)) throw e;
    return storeInbound(sql, input);
  });
}

class DuplicateRace extends Error {}

/** A first title from the opening words; agents retitle tickets later. */
function ticketTitle(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
