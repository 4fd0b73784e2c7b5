import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../schema/queries/index.ts';
import type { PlayerMode } from '../../../schema/schema.ts';

/** PLY-4: the mode set in Settings › Configuration, live for every Player. */
export function usePlayerMode(): PlayerMode {
  const [config] = useQuery(queries.config.current());
  return config?.playerMode ?? 'normal';
}

export const playerModeLabels: Record<PlayerMode, string> = {
  normal: 'Normal',
  inbox_zero: 'Inbox Zero',
  gamification: 'Gamification',
};
