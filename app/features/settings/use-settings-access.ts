import { useCurrentUser } from '../teams/use-current-user.ts';
import { type SettingsAccess, sectionsFor } from './settings-access.ts';

export type SettingsAccessState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'ready'; access: SettingsAccess };

/**
 * Who may use which part of Settings, live from `me.current` (a role change shows at once).
 * Only the server's complete answer may deny access, so a partial local one never flashes
 * "no access" at an admin. The server refuses anyway: this only decides what is shown.
 */
export function useSettingsAccess(): SettingsAccessState {
  const [me, details] = useCurrentUser();
  if (details.type === 'error' && !me) {
    return { status: 'error', message: details.error.message, retry: details.retry };
  }
  const access: SettingsAccess = { isSuperadmin: me?.isSuperadmin ?? false, memberships: me?.memberships ?? [] };
  if (sectionsFor(access).length === 0 && details.type !== 'complete') return { status: 'loading' };
  return { status: 'ready', access };
}
