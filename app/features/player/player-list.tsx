import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useHotkeys } from '../../hooks/use-hotkeys.ts';
import { useListCursor } from '../../hooks/use-list-cursor.ts';
import { PlayerItem } from './player-item.tsx';
import type { PlayerMessage } from './use-player-messages.ts';

type Props = {
  messages: readonly PlayerMessage[];
  openedId: string | undefined;
  onOpen: (message: PlayerMessage) => void;
};

/**
 * The Player's list. Keys: j / k (or ↓ / ↑ inside the list) move, Enter opens.
 *
 * Test hooks (keep stable): `<ul aria-label="Player">`, one `<li data-message-id="…">` per
 * message, each holding its ticket status text in `[data-testid="ticket-status"]`; the
 * opened item's link has aria-current="true". Conversation messages carry data-message-id
 * too, so scope item look-ups to this list.
 */
export function PlayerList({ messages, openedId, onOpen }: Props) {
  const { t } = useTranslation('player');
  const listRef = useRef<HTMLUListElement>(null);
  const cursor = useListCursor(messages, (m) => m.id, openedId);

  function moveAndFocus(delta: number) {
    const item = cursor.move(delta);
    if (!item) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(item.id)}"] > a`);
    link?.focus({ preventScroll: true });
    link?.scrollIntoView({ block: 'nearest' });
  }

  useHotkeys({
    j: () => moveAndFocus(1),
    k: () => moveAndFocus(-1),
    enter: (event) => {
      // On a focused link or button, Enter already does its own thing.
      if (event.target instanceof Element && event.target.closest('a, button')) return;
      if (!cursor.current) return;
      event.preventDefault();
      onOpen(cursor.current);
    },
  });

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    moveAndFocus(event.key === 'ArrowDown' ? 1 : -1);
  }

  const tabStopId = cursor.cursorId ?? messages[0]?.id;
  return (
    <ul ref={listRef} className="player-list" aria-label={t('title')} onKeyDown={onKeyDown}>
      {messages.map((message) => (
        <PlayerItem
          key={message.id}
          message={message}
          isOpen={message.id === openedId}
          isCursor={message.id === cursor.cursorId}
          isTabStop={message.id === tabStopId}
        />
      ))}
    </ul>
  );
}
