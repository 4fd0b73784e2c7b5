import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { getSession, SessionError } from './get-session.ts';
import { type SessionContextValue, SessionContext, type SessionState } from './session-context.ts';
import { signOut as signOutRequest } from './sign-out.ts';

/**
 * Holds who is logged in, as the server says (GET /api/session). The cookie is HttpOnly, so
 * asking the server is the only way to know.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const session = await getSession();
      setState({ status: 'ready', session });
      return session;
    } catch (error) {
      // Keep showing what we had if a later refresh fails; only the first load shows the error.
      const failure =
        error instanceof SessionError
          ? { status: 'error' as const, problem: error.problem, httpStatus: error.status }
          : { status: 'error' as const, problem: 'unreachable' as const };
      setState((prev) => (prev.status === 'ready' ? prev : failure));
      return undefined;
    }
  }, []);

  const recheck = useCallback(async () => {
    const session = await refresh();
    if (session && !session.user) setState({ status: 'ready', session, ended: 'expired' });
  }, [refresh]);

  const signOut = useCallback(async () => {
    await signOutRequest();
    setState((prev) =>
      prev.status === 'ready' ? { status: 'ready', session: { ...prev.session, user: null }, ended: 'signed-out' } : prev,
    );
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo<SessionContextValue>(
    () => ({ state, refresh, recheck, signOut }),
    [state, refresh, recheck, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
