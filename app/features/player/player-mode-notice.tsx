import type { PlayerMode } from '../../../schema/schema.ts';
import { playerModeLabels } from './use-player-mode.ts';

/**
 * Play-on modes (PLY-2, PLY-3) are configured but not dealt out yet: say so plainly
 * rather than silently showing a list in another order than the one set.
 */
export function PlayerModeNotice({ mode }: { mode: PlayerMode }) {
  if (mode === 'normal') return null;
  return (
    <p className="player-mode-notice" role="status" data-testid="player-mode-notice">
      Configuration sets the Player to <strong>{playerModeLabels[mode]}</strong>. That mode is not available yet, so the
      Player lists every message, newest first (Normal).
    </p>
  );
}
