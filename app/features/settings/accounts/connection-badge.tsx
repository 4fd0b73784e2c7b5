import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../../../schema/schema.ts';
import { Badge, type BadgeTone } from '../../../components/badge.tsx';

const tones: Record<ConnectionState, BadgeTone> = { pending: 'warn', connected: 'ok', failed: 'danger' };

type Props = { state: ConnectionState };

/** ORG-3: pending / connected / failed, in words and color (test hook: data-testid="connection-state"). */
export function ConnectionBadge({ state }: Props) {
  const { t } = useTranslation('settings');
  return (
    <Badge tone={tones[state]} testId="connection-state">
      {t(`accounts.connection.${state}`)}
    </Badge>
  );
}
