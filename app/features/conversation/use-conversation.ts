import type { QueryResultType } from '@rocicorp/zero';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../schema/queries/index.ts';

export type Conversation = NonNullable<QueryResultType<ReturnType<typeof queries.customer.conversation>>>;
export type ConversationMessage = Conversation['messages'][number];
export type ConversationTicket = Conversation['tickets'][number];

/** One customer's message box, live (query `customer.conversation`). */
export function useConversation(customerId: string) {
  return useQuery(queries.customer.conversation({ customerId }));
}
