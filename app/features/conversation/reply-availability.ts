import { canReplyOn } from '../../../schema/platforms/index.ts';
import type { Platform } from '../../../schema/schema.ts';
import { platformName } from '../../components/platform-badge.tsx';

type Account = { platform: Platform; deletedAt?: number | null | undefined };

/** Why a reply from this account cannot be sent, in words; undefined when it can. */
export function replyBlocker(account: Account | undefined): string | undefined {
  if (!account) return 'This customer’s account is not visible to you, so Parley cannot reply from it.';
  const name = platformName(account.platform);
  if (account.deletedAt) return `This ${name} account was deleted in Settings, so replies cannot be sent from it.`;
  if (!canReplyOn(account.platform)) {
    return `Replies on ${name} accounts are not available yet; answer this customer on ${name} directly.`;
  }
  return undefined;
}
