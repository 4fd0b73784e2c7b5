import { defineQuery } from '@rocicorp/zero';
import { z } from 'zod';
import { idArg, queryArgs } from '../args.ts';
import { zql } from '../schema.ts';
import { CONVERSATION_MAX } from './limits.ts';
import { noRows, teamScoped } from './team-scope.ts';

export const conversationArgs = queryArgs(z.object({ customerId: idArg }));

/**
 * The customer's message box: the customer, their account and tickets, and the whole
 * conversation in and out, oldest first.
 * Access: members of the customer's team, and superadmins.
 */
export const customerConversation = defineQuery(conversationArgs, ({ args, ctx }) => {
  const q = args ? teamScoped(zql.customer.where('id', args.customerId), ctx) : noRows(zql.customer);
  return q
    .related('account')
    .related('tickets', (t) => t.orderBy('createdAt', 'desc'))
    .related('messages', (m) => m.related('author').orderBy('sentAt', 'asc').orderBy('id', 'asc').limit(CONVERSATION_MAX))
    .one();
});
