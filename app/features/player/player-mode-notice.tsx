import { Trans, useTranslation } from 'react-i18next';
import type { PlayerMode } from '../../../schema/schema.ts';
import { playerModeLabel } from './use-player-mode.ts';

/**
 * Play-on modes (PLY-2, PLY-3) are configured but not dealt out yet: say so plainly
 * rather than silently showing a list in another order than the one set.
 */
export function PlayerModeNotice({ mode }: { mode: PlayerMode }) {
  const { t } = useTranslation('player');
  if (mode === 'normal') return null;
  return (
    <p className="player-mode-notice" role="status" data-testid="player-mode-notice">
      <Trans t={t} i18nKey="modeNotice" values={{ mode: playerModeLabel(t, mode) }} components={{ strong: <strong /> }} />
    </p>
  );
}
