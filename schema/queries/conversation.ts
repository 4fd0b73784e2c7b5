import { defineQuery } from '@rocicorp/zero';
import { z } from 'zod';
import { zql } from '../schema.ts';
import { CONVERSATION_MAX } from './limits.ts';
import { teamScoped } from './team-scope.ts';

/**
 * The customer's message box: the customer, their account and tickets, and the whole
 * conversation in and out, oldest first.
 * Access: members of the customer's team, and the superadmin.
 */
export const customerConversation = defineQuery(z.object({ customerId: z.string() }), ({ args, ctx }) =>
  teamScoped(zql.customer.where('id', args.customerId), ctx)
    .related('account')
    .related('tickets', (t) => t.orderBy('createdAt', 'desc'))
    .related('messages', (m) =>
      m.related('author').orderBy('sentAt', 'asc').orderBy('id', 'asc').limit(CONVERSATION_MAX),
    )
    .one(),
);
