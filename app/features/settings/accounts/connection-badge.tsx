import type { ConnectionState } from '../../../../schema/schema.ts';
import { Badge, type BadgeTone } from '../../../components/badge.tsx';

const looks: Record<ConnectionState, { tone: BadgeTone; label: string }> = {
  pending: { tone: 'warn', label: 'Not connected yet' },
  connected: { tone: 'ok', label: 'Connected' },
  failed: { tone: 'danger', label: 'Connection failed' },
};

type Props = { state: ConnectionState };

/** ORG-3: pending / connected / failed, in words and color (test hook: data-testid="connection-state"). */
export function ConnectionBadge({ state }: Props) {
  const look = looks[state];
  return (
    <Badge tone={look.tone} testId="connection-state">
      {look.label}
    </Badge>
  );
}
