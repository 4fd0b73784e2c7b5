import type { SessionUser } from './get-session.ts';
import { useSession } from './use-session.ts';

/** The logged-in user; only for screens behind <RequireSession>. */
export function useSignedInUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'ready' || !state.session.user) {
    throw new Error('useSignedInUser must be used behind <RequireSession>');
  }
  return state.session.user;
}
