import { defineMutator } from '@rocicorp/zero';
import { z } from 'zod';
import { idArg } from '../args.ts';
import { zql } from '../schema.ts';
import { authorizeRow, unavailable } from './actor.ts';
import { assertDeliveryMove, RETRYABLE_DELIVERIES } from './delivery-state.ts';
import { MutationError, nothingToChange } from './errors.ts';

export const retryArgs = z.object({ id: idArg });

/**
 * Send again a reply that failed or was not confirmed: it goes back to pending, and the server
 * queues a real send in the same transaction (an unconfirmed reply may then be posted twice:
 * the person confirmed on the platform that it was not). Access: members of the message's
 * team with `message.reply`, and superadmins.
 */
export const retryReply = defineMutator(retryArgs, async ({ tx, args, ctx }) => {
  const reply = await tx.run(zql.message.where('id', args.id).related('account').one());
  const found = await authorizeRow(tx, ctx, reply, 'message.reply', {
    unavailable: unavailable('message'),
    denied: 'You may not reply in this team. Ask an admin of the team for a role that may.',
  });
  if (!found) return;
  const { row: message } = found;
  if (message.direction !== 'out' || !RETRYABLE_DELIVERIES.includes(message.delivery)) {
    throw nothingToChange('only a reply that was not sent, or not confirmed, can be sent again.');
  }
  if (message.account?.deletedAt) {
    throw new MutationError('ACCOUNT_DELETED', 'This account was deleted, so replies can no longer be sent from it.');
  }
  assertDeliveryMove(message.delivery, 'pending');
  await tx.mutate.message.update({ id: message.id, delivery: 'pending', deliveryError: null });
});
