import type { ConnectionState } from '@rocicorp/zero';
import { useConnectionState, useZero } from '@rocicorp/zero/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

type Look = { tone: 'ok' | 'busy' | 'down'; label: string; detail: string; canRetry: boolean };

function lookOf(state: ConnectionState, t: TFunction<'shell'>): Look {
  switch (state.name) {
    case 'connected':
      return { tone: 'ok', label: t('connection.connected'), detail: t('connection.connectedDetail'), canRetry: false };
    case 'connecting':
      return { tone: 'busy', label: t('connection.connecting'), detail: t('connection.connectingDetail'), canRetry: false };
    case 'disconnected':
      return {
        tone: 'down',
        label: t('connection.offline'),
        detail: t('connection.offlineDetail'),
        canRetry: false,
      };
    case 'needs-auth':
      return { tone: 'down', label: t('connection.needsAuth'), detail: t('connection.needsAuthDetail'), canRetry: true };
    case 'error':
      return { tone: 'down', label: t('connection.error'), detail: t('connection.errorDetail', { reason: state.reason }), canRetry: true };
    case 'closed':
      return { tone: 'down', label: t('connection.offline'), detail: t('connection.closedDetail'), canRetry: false };
  }
}

/** Zero's connection state in the top bar: connected / connecting / offline. */
export function ConnectionIndicator() {
  const zero = useZero();
  const { t } = useTranslation('shell');
  const look = lookOf(useConnectionState(), t);
  return (
    <div className={`connection connection--${look.tone}`} role="status" title={look.detail}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{look.label}</span>
      {look.canRetry && (
        <button type="button" className="link-button" onClick={() => void zero.connection.connect()}>
          {t('connection.reconnect')}
        </button>
      )}
    </div>
  );
}
