import type { PlayerMode } from '../../../../schema/schema.ts';
import type { RadioOption } from '../../../components/radio-group.tsx';

/** PLY-1..3 in a person's words. */
export const playerModeOptions: (RadioOption & { value: PlayerMode })[] = [
  {
    value: 'normal',
    label: 'Normal',
    description: 'Play off. Every message of every account, newest first; answering does not move it.',
  },
  {
    value: 'inbox_zero',
    label: 'Inbox Zero',
    description: 'Play on. Only messages whose ticket is open, oldest first, shown to everyone; answered ones leave.',
  },
  {
    value: 'gamification',
    label: 'Gamification',
    description: 'Play on. Open messages are dealt out to the active users, a few at a time each, oldest first.',
  },
];
