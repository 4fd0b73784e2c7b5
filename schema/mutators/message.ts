import { defineMutator } from '@rocicorp/zero';
import { z } from 'zod';
import { idArg, text } from '../args.ts';
import { zql } from '../schema.ts';
import { authorizeRow, unavailable } from './actor.ts';
import { NEW_REPLY_DELIVERY } from './delivery-state.ts';
import { MutationError } from './errors.ts';
import { assertNewId } from './new-id.ts';

export const REPLY_MAX_LENGTH = 10_000;

export const replyArgs = z.object({
  id: idArg,
  inReplyToId: idArg,
  text: text()
    .trim()
    .min(1, 'Write a reply before sending.')
    .max(REPLY_MAX_LENGTH, `A reply can be at most ${REPLY_MAX_LENGTH} characters; shorten it.`),
  sentAt: z.number(),
});
export type ReplyArgs = z.infer<typeof replyArgs>;

/**
 * Answer a customer's message. The outbound row starts as `pending`; the server queues its
 * delivery job in the same transaction, and a worker sends it through the account's connector. The ticket is not marked Replied here: only
 * a delivered reply answers it (a failed one must not look answered), so delivery does that.
 * Access: members of the message's team with `message.reply`, and superadmins.
 */
export const sendReply = defineMutator(replyArgs, async ({ tx, args, ctx }) => {
  const original = await tx.run(zql.message.where('id', args.inReplyToId).related('account').one());
  const found = await authorizeRow(tx, ctx, original, 'message.reply', {
    unavailable: unavailable('message'),
    denied: 'You may not reply in this team. Ask an admin of the team for a role that may.',
  });
  if (!found) return;
  const { row: message, actorId } = found;
  if (message.account?.deletedAt) {
    throw new MutationError('ACCOUNT_DELETED', 'This account was deleted, so replies can no longer be sent from it.');
  }
  await assertNewId(tx, 'message', args.id);
  await tx.mutate.message.insert({
    id: args.id,
    accountId: message.accountId,
    teamId: message.teamId,
    customerId: message.customerId,
    ticketId: message.ticketId,
    direction: 'out',
    kind: message.kind === 'dm' ? 'dm' : 'reply',
    text: args.text,
    parentId: message.id,
    platformParentId: message.platformMessageId ?? null,
    authorId: actorId,
    delivery: NEW_REPLY_DELIVERY,
    sentAt: args.sentAt,
    createdAt: args.sentAt,
  });
});
