import type { Platform } from '../../../schema/schema.ts';
import { platformName } from '../../components/platform-badge.tsx';

/**
 * Platforms whose connector can send a reply today. There is no shared platform descriptor
 * yet (schema/platforms/ is planned), so this mirrors the server's delivery, which refuses
 * every other platform; when a connector learns to send, both change together.
 */
const sendingPlatforms: ReadonlySet<Platform> = new Set<Platform>(['api']);

type Account = { platform: Platform; deletedAt?: number | null | undefined };

/** Why a reply from this account cannot be sent, in words; undefined when it can. */
export function replyBlocker(account: Account | undefined): string | undefined {
  if (!account) return 'This customer’s account is not visible to you, so Parley cannot reply from it.';
  const name = platformName(account.platform);
  if (account.deletedAt) return `This ${name} account was deleted in Settings, so replies cannot be sent from it.`;
  if (!sendingPlatforms.has(account.platform)) {
    return `Replies on ${name} accounts are not available yet; answer this customer on ${name} directly.`;
  }
  return undefined;
}
