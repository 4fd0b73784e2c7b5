import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../schema/queries/index.ts';
import type { TFunction } from 'i18next';
import type { PlayerMode } from '../../../schema/schema.ts';

/** PLY-4: the mode set in Settings › Configuration, live for every Player. */
export function usePlayerMode(): PlayerMode {
  const [config] = useQuery(queries.config.current());
  return config?.playerMode ?? 'normal';
}

const modeKeys: Record<PlayerMode, string> = { normal: 'normal', inbox_zero: 'inboxZero', gamification: 'gamification' };

/** A Player mode's name in the reader's language. */
export function playerModeLabel(t: TFunction, mode: PlayerMode): string {
  return t(`common:playerModes.${modeKeys[mode]}`);
}

export function isPlayerMode(value: string): value is PlayerMode {
  return value in modeKeys;
}
