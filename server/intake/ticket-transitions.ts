import type postgres from 'postgres';
import { type TicketStatus, ticketStatuses } from '../../schema/schema.ts';

/*
 * TIC-1, written once. Intake (store-inbound.ts), reply delivery (server/delivery) and the demo
 * seed all move tickets through these functions, so the rule cannot drift between them.
 * - An inbound message joins the customer's latest ticket that is not Closed and sets it Open;
 *   when there is none, it opens a new ticket.
 * - A reply the platform accepted turns an Open ticket Replied, unless the customer wrote
 *   again after the reply was written (they still wait for an answer).
 * Other statuses (Awaiting, Transferred, Closed, Unknown) are set by people, never here.
 */

/** Whether an inbound message may join a ticket in this status. */
export const joinsTicket = (status: TicketStatus): boolean => status !== 'closed';

/** The status of the ticket an inbound message joined or opened. */
export const statusAfterInbound = (): TicketStatus => 'open';

/** The status after one of our replies was delivered. */
export const statusAfterDeliveredReply = (status: TicketStatus, customerWroteSince: boolean): TicketStatus =>
  status === 'open' && !customerWroteSince ? 'replied' : status;

/** A new ticket's status after its turns (customer 'in', delivered reply 'out'), in order. */
export function replayTicketStatus(turns: readonly ('in' | 'out')[]): TicketStatus {
  let status = statusAfterInbound();
  for (const turn of turns) status = turn === 'in' ? statusAfterInbound() : statusAfterDeliveredReply(status, false);
  return status;
}

const notJoinable = ticketStatuses.filter((s) => !joinsTicket(s));

/**
 * The inbound half in SQL: joins the customer's latest joinable ticket (setting it Open) or
 * opens a new one, and returns its id. Call inside the intake transaction, after locking the
 * customer, so concurrent messages of one customer join a single ticket.
 */
export async function joinOrOpenTicket(
  tx: postgres.TransactionSql,
  t: { customerId: string; accountId: string; teamId: string; newTicketId: string; title: string },
): Promise<string> {
  const [latest] = await tx<{ id: string }[]>`
    SELECT id FROM ticket WHERE customer_id = ${t.customerId} AND NOT (status = ANY(${notJoinable}::text[]))
    ORDER BY created_at DESC LIMIT 1`;
  if (latest) {
    await tx`UPDATE ticket SET status = ${statusAfterInbound()}, updated_at = now() WHERE id = ${latest.id}`;
    return latest.id;
  }
  await tx`
    INSERT INTO ticket (id, account_id, team_id, customer_id, status, title)
    VALUES (${t.newTicketId}, ${t.accountId}, ${t.teamId}, ${t.customerId}, ${statusAfterInbound()}, ${t.title})`;
  return t.newTicketId;
}

/**
 * The reply half in SQL, for the transaction that records a delivered reply: an Open ticket
 * becomes Replied unless an inbound message arrived after the reply was written.
 */
export async function markTicketAfterDeliveredReply(
  tx: postgres.TransactionSql,
  reply: { ticketId: string; replyCreatedAt: Date },
): Promise<void> {
  await tx`
    UPDATE ticket SET status = ${statusAfterDeliveredReply('open', false)}, updated_at = now()
    WHERE id = ${reply.ticketId} AND status = 'open' AND NOT EXISTS (
      SELECT 1 FROM message i WHERE i.ticket_id = ${reply.ticketId} AND i.direction = 'in' AND i.created_at > ${reply.replyCreatedAt})`;
}
