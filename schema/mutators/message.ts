import { defineMutator } from '@rocicorp/zero';
import { z } from 'zod';
import { zql } from '../schema.ts';
import { authorize } from './actor.ts';
import { MutationError } from './errors.ts';

export const REPLY_MAX_LENGTH = 10_000;

export const replyArgs = z.object({
  id: z.string().min(1).max(64),
  inReplyToId: z.string().min(1),
  text: z
    .string()
    .trim()
    .min(1, 'Write a reply before sending.')
    .max(REPLY_MAX_LENGTH, `A reply can be at most ${REPLY_MAX_LENGTH} characters; shorten it.`),
  sentAt: z.number(),
});
export type ReplyArgs = z.infer<typeof replyArgs>;

/**
 * Answer a customer's message (TIC-1: an Open ticket becomes Replied). The outbound row
 * starts as `pending`; the server sends it through the account's connector after commit.
 * Access: members of the message's team with `message.reply`, and the superadmin.
 */
export const sendReply = defineMutator(replyArgs, async ({ tx, args, ctx }) => {
  const original = await tx.run(zql.message.where('id', args.inReplyToId).related('ticket').related('account').one());
  if (!original) {
    // The client may simply not have the row loaded: leave the decision to the server.
    if (tx.location === 'client') return;
    // A message the actor may not see is reported exactly like one that does not exist.
    throw new MutationError('NOT_FOUND', 'That message no longer exists or is not visible to you.');
  }
  const authorId = await authorize(tx, ctx, original.teamId, 'message.reply');
  if (original.account?.deletedAt) {
    throw new MutationError('ACCOUNT_DELETED', 'This account was deleted, so replies can no longer be sent from it.');
  }
  await tx.mutate.message.insert({
    id: args.id,
    accountId: original.accountId,
    teamId: original.teamId,
    customerId: original.customerId,
    ticketId: original.ticketId,
    direction: 'out',
    kind: original.kind === 'dm' ? 'dm' : 'reply',
    text: args.text,
    parentId: original.id,
    platformParentId: original.platformMessageId ?? null,
    authorId,
    delivery: 'pending',
    sentAt: args.sentAt,
    createdAt: args.sentAt,
  });
  if (original.ticket?.status === 'open') {
    await tx.mutate.ticket.update({ id: original.ticketId, status: 'replied', updatedAt: args.sentAt });
  }
});
