import { useConnectionState } from '@rocicorp/zero/react';
import { useEffect } from 'react';
import { useSession } from '../auth/use-session.ts';

/**
 * When zero-cache refuses the session (needs-auth: logged out elsewhere, user disabled),
 * ask the server who we are. If nobody, the session screens send the person to /login;
 * if the server still knows them, the connection indicator offers to reconnect.
 */
export function useSessionExpiry(): void {
  const connection = useConnectionState();
  const { recheck } = useSession();
  useEffect(() => {
    if (connection.name === 'needs-auth') void recheck();
  }, [connection.name, recheck]);
}
