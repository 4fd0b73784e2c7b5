import { useTranslation } from 'react-i18next';
import { ConversationHeader } from './conversation-header.tsx';
import { ConversationThread } from './conversation-thread.tsx';
import { pickReplyTarget } from './pick-reply-target.ts';
import { replyBlocker, replyBlockerInWords } from './reply-availability.ts';
import { ReplyBox } from './reply-box.tsx';
import type { Conversation } from './use-conversation.ts';
import './conversation.css';

type Props = {
  conversation: Conversation;
  selectedId: string | undefined;
  onSelect: (messageId: string) => void;
  onClose: () => void;
  complete: boolean;
};

/**
 * The customer's message box. Test hooks (keep stable, in English): `<section aria-label="Conversation">`;
 * inside it each message has data-message-id and its ticket's `[data-testid="ticket-status"]`;
 * the reply textarea is labelled "Reply" and the send button is named "Send reply" (by its
 * text, not aria-label: getByLabel('Reply') matches any aria-label containing "reply", so
 * keep that word out of aria-labels in here).
 */
export function ConversationView({ conversation, selectedId, onSelect, onClose, complete }: Props) {
  const { t } = useTranslation('conversation');
  const target = pickReplyTarget(conversation.messages, selectedId);
  const blocker = replyBlocker(conversation.account);
  return (
    <section className="conversation" aria-label={t('label')}>
      <ConversationHeader conversation={conversation} onClose={onClose} />
      <ConversationThread
        conversation={conversation}
        selectedId={selectedId}
        replyTargetId={target?.id}
        onSelect={onSelect}
        complete={complete}
      />
      <ReplyBox target={target} customerName={conversation.name} blocker={blocker && replyBlockerInWords(t, blocker)} />
    </section>
  );
}
