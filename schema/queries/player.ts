import { defineQuery } from '@rocicorp/zero';
import { z } from 'zod';
import { idArg, queryArgs } from '../args.ts';
import { zql } from '../schema.ts';
import { PLAYER_MAX, PLAYER_PAGE } from './limits.ts';
import { noRows, teamScoped } from './team-scope.ts';

export const playerArgs = queryArgs(
  z.object({
    limit: z.number().int().min(1).max(PLAYER_MAX).default(PLAYER_PAGE),
    accountId: idArg.optional(),
  }),
);

/**
 * PLY-1, Normal mode: every inbound message of every account the user can see, newest
 * first. Sorted by the time the customer sent it, so answering never moves an item.
 * Access: members of the owning team, and superadmins.
 */
export const normalPlayer = defineQuery(playerArgs, ({ args, ctx }) => {
  let q = zql.message.where('direction', 'in');
  if (args?.accountId) q = q.where('accountId', args.accountId);
  return (args ? teamScoped(q, ctx) : noRows(q))
    .related('account')
    .related('customer')
    .related('ticket')
    .related('replies', (r) => r.where('direction', 'out').orderBy('createdAt', 'desc').limit(1))
    .orderBy('sentAt', 'desc')
    .orderBy('id', 'desc')
    .limit(args?.limit ?? PLAYER_PAGE);
});
