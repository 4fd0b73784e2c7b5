import { defineQueries } from '@rocicorp/zero';
import { customerConversation } from './conversation.ts';
import { currentUser, visibleAccounts } from './me.ts';
import { normalPlayer } from './player.ts';

/** The one registry of synced queries; names read as sentences. */
export const queries = defineQueries({
  me: { current: currentUser },
  accounts: { visible: visibleAccounts },
  player: { normal: normalPlayer },
  customer: { conversation: customerConversation },
});
