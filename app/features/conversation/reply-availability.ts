import type { TFunction } from 'i18next';
import { canReplyOn } from '../../../schema/platforms/index.ts';
import type { Platform } from '../../../schema/schema.ts';
import { platformName } from '../../components/platform-badge.tsx';

type Account = { platform: Platform; deletedAt?: number | null | undefined };

/** Why a reply from this account cannot be sent; worded by replyBlockerInWords. */
export type ReplyBlocker = { reason: 'invisible' } | { reason: 'deleted' | 'unsupported'; platform: Platform };

/** Why a reply from this account cannot be sent; undefined when it can. */
export function replyBlocker(account: Account | undefined): ReplyBlocker | undefined {
  if (!account) return { reason: 'invisible' };
  if (account.deletedAt) return { reason: 'deleted', platform: account.platform };
  if (!canReplyOn(account.platform)) return { reason: 'unsupported', platform: account.platform };
  return undefined;
}

/** The reply-availability notice, in the reader's language. */
export function replyBlockerInWords(t: TFunction, blocker: ReplyBlocker): string {
  if (blocker.reason === 'invisible') return t('conversation:blocked.invisible');
  const platform = platformName(blocker.platform);
  return t(`conversation:blocked.${blocker.reason}`, { platform });
}
