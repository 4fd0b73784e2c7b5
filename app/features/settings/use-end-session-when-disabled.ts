import { useEffect } from 'react';
import { useSession } from '../auth/use-session.ts';
import { useCurrentUser } from '../teams/use-current-user.ts';

/**
 * ORG-6: a disabled user's open screens end at once. Disabling (Settings › Users) changes
 * the user's own profile row, which reaches their browser live; on that, ask the server
 * who is logged in. It answers "nobody" for a disabled user, and the session screens send
 * them to the login page. The server refuses their reads and writes regardless.
 */
export function useEndSessionWhenDisabled(): void {
  const { recheck } = useSession();
  const [me, details] = useCurrentUser();
  const disabled = !!me?.disabledAt;
  // The server may also stop returning the profile of a disabled user at all.
  const gone = !me && details.type === 'complete';
  useEffect(() => {
    if (disabled || gone) void recheck();
  }, [disabled, gone, recheck]);
}
