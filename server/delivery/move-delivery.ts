import type postgres from 'postgres';
import { assertDeliveryMove } from '../../schema/mutators/delivery-state.ts';
import { encodeReason, type Reason } from '../../schema/reasons.ts';
import type { Delivery } from '../../schema/schema.ts';

/**
 * Moves an outbound message from one delivery state to another, as the state machine allows,
 * and only if it is still in `from`: a peer that moved it first wins. True when it moved. The
 * error is stored as a code with parameters (schema/reasons.ts) so each reader words it.
 */
export async function moveDelivery(
  sql: postgres.Sql | postgres.TransactionSql,
  messageId: string,
  from: Delivery,
  to: Delivery,
  fields: { error?: Reason | null; platformMessageId?: string } = {},
): Promise<boolean> {
  assertDeliveryMove(from, to);
  const rows = await sql`
    UPDATE message SET delivery = ${to}, delivery_error = ${fields.error ? encodeReason(fields.error) : null},
      platform_message_id = coalesce(${fields.platformMessageId ?? null}, platform_message_id)
    WHERE id = ${messageId} AND direction = 'out' AND delivery = ${from}
    RETURNING id`;
  return rows.length === 1;
}
