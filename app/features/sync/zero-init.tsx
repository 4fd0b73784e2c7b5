import { ZeroProvider } from '@rocicorp/zero/react';
import { type ReactNode, useMemo } from 'react';
import { mutators } from '../../../schema/mutators/index.ts';
import { schema } from '../../../schema/schema.ts';
import type { SessionUser } from '../auth/get-session.ts';
import { refusalLogSink } from '../mutations/refusal-log-sink.ts';

type Props = { user: SessionUser; zeroURL: string; children: ReactNode };

/** The server may name zero-cache by path ("/zero"); Zero wants an absolute URL. */
function absoluteURL(url: string): string {
  return new URL(url, window.location.origin).toString();
}

/**
 * One Zero client per logged-in user. The session cookie rides along on the WebSocket, and
 * the server builds the real context from it; the context given here only runs queries
 * locally. Data is kept in memory ('mem'), so customer conversations are not left in the
 * browser's storage of a shared agent computer after logout.
 */
export function ZeroInit({ user, zeroURL, children }: Props) {
  // ZeroProvider makes a new client whenever an option changes identity: memoize them.
  const options = useMemo(
    () => ({
      cacheURL: absoluteURL(zeroURL),
      userID: user.id,
      schema,
      mutators,
      context: { userID: user.id, isSuperadmin: user.isSuperadmin },
      kvStore: 'mem' as const,
      logSink: refusalLogSink,
    }),
    [zeroURL, user.id, user.isSuperadmin],
  );
  return <ZeroProvider {...options}>{children}</ZeroProvider>;
}
