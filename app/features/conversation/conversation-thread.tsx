import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConversationMessage } from './conversation-message.tsx';
import type { Conversation } from './use-conversation.ts';

type Props = {
  conversation: Conversation;
  selectedId: string | undefined;
  replyTargetId: string | undefined;
  onSelect: (messageId: string) => void;
  /** False while the server's full answer is still on its way (rows may yet appear above). */
  complete: boolean;
};

const NEAR_BOTTOM_PX = 80;

/** The whole conversation, oldest first; opens on the selected message, else at the end. */
export function ConversationThread({ conversation, selectedId, replyTargetId, onSelect, complete }: Props) {
  const { t } = useTranslation('conversation');
  const { messages, tickets } = conversation;
  const scrollRef = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const shownCount = useRef(messages.length);
  const ticketsById = useMemo(() => new Map(tickets.map((t) => [t.id, t])), [tickets]);

  // Show the selected message when it changes (a click in the Player, a new ?message=), and
  // again once the whole conversation has arrived, since older rows may have pushed it down.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `complete` is a trigger, not an input.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const selected = selectedId
      ? box.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(selectedId)}"]`)
      : null;
    if (selected) selected.scrollIntoView({ block: 'center' });
    else box.scrollTop = box.scrollHeight;
  }, [selectedId, complete]);

  // New messages: follow them if the agent was reading the end, or just replied.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const grew = messages.length > shownCount.current;
    shownCount.current = messages.length;
    if (box && grew && (nearBottom.current || messages.at(-1)?.direction === 'out')) box.scrollTop = box.scrollHeight;
  }, [messages]);

  function onScroll() {
    const box = scrollRef.current;
    if (box) nearBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < NEAR_BOTTOM_PX;
  }

  return (
    <div className="conversation__scroll" ref={scrollRef} onScroll={onScroll}>
      {messages.length === 0 ? (
        <p className="conversation__empty">{t('empty')}</p>
      ) : (
        <ol className="thread" aria-label={t('messages')}>
          {messages.map((m) => (
            <ConversationMessage
              key={m.id}
              message={m}
              ticket={ticketsById.get(m.ticketId)}
              customerName={conversation.name}
              isSelected={m.id === selectedId}
              isReplyTarget={m.id === replyTargetId}
              onSelect={onSelect}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
