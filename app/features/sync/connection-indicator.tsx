import type { ConnectionState } from '@rocicorp/zero';
import { useConnectionState, useZero } from '@rocicorp/zero/react';

type Look = { tone: 'ok' | 'busy' | 'down'; label: string; detail: string; canRetry: boolean };

function lookOf(state: ConnectionState): Look {
  switch (state.name) {
    case 'connected':
      return { tone: 'ok', label: 'Connected', detail: 'Live: changes appear as they happen.', canRetry: false };
    case 'connecting':
      return { tone: 'busy', label: 'Connecting', detail: 'Connecting to Parley…', canRetry: false };
    case 'disconnected':
      return {
        tone: 'down',
        label: 'Offline',
        detail: 'Offline. What you see may be out of date; replies are sent when the connection is back.',
        canRetry: false,
      };
    case 'needs-auth':
      return { tone: 'down', label: 'Not signed in', detail: 'The sync server refused your session.', canRetry: true };
    case 'error':
      return { tone: 'down', label: 'Sync error', detail: `Sync stopped: ${state.reason}`, canRetry: true };
    case 'closed':
      return { tone: 'down', label: 'Offline', detail: 'The connection was closed. Reload the page.', canRetry: false };
  }
}

/** Zero's connection state in the top bar: connected / connecting / offline. */
export function ConnectionIndicator() {
  const zero = useZero();
  const look = lookOf(useConnectionState());
  return (
    <div className={`connection connection--${look.tone}`} role="status" title={look.detail}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{look.label}</span>
      {look.canRetry && (
        <button type="button" className="link-button" onClick={() => void zero.connection.connect()}>
          Reconnect
        </button>
      )}
    </div>
  );
}
