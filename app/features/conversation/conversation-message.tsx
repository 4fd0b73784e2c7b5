import { formatFullTime, formatMessageTime } from '../../components/format-relative-time.ts';
import { useNow } from '../../hooks/use-now.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { TicketStatusBadge } from '../tickets/ticket-status-badge.tsx';
import { DeliveryState } from './delivery-state.tsx';
import type { ConversationMessage as Message, ConversationTicket } from './use-conversation.ts';

type Props = {
  message: Message;
  ticket: ConversationTicket | undefined;
  customerName: string;
  isSelected: boolean;
  isReplyTarget: boolean;
  onSelect: (messageId: string) => void;
};

/** One message: the customer's on the left, ours on the right with author and delivery. */
export function ConversationMessage({ message, ticket, customerName, isSelected, isReplyTarget, onSelect }: Props) {
  const now = useNow();
  const { t, locale } = useFormat();
  const inbound = message.direction === 'in';
  const classes = ['message', `message--${message.direction}`, isSelected && 'is-selected', isReplyTarget && 'is-target'];
  return (
    <li data-message-id={message.id} className={classes.filter(Boolean).join(' ')} aria-current={isSelected ? 'true' : undefined}>
      <article className="message__bubble">
        <header className="message__meta">
          <span className="message__author">
            {inbound ? customerName || t('conversation:customer') : (message.author?.name ?? 'Parley')}
          </span>
          {inbound && <span className="message__kind">{t(`conversation:kind.${message.kind}`)}</span>}
          <time className="message__time" dateTime={new Date(message.sentAt).toISOString()} title={formatFullTime(message.sentAt, locale)}>
            {formatMessageTime(message.sentAt, now, locale)}
          </time>
        </header>
        <p className="message__text">{message.text}</p>
        <footer className="message__footer">
          <span className="message__ticket">{ticket ? `#${ticket.number}` : t('conversation:ticket')}</span>
          <TicketStatusBadge status={ticket?.status} />
          {!inbound && <DeliveryState messageId={message.id} delivery={message.delivery} error={message.deliveryError} />}
          {inbound &&
            (isReplyTarget ? (
              <span className="message__target">{t('conversation:replyTarget')}</span>
            ) : (
              <button type="button" className="link-button message__select" onClick={() => onSelect(message.id)}>
                {t('conversation:answerThis')}
              </button>
            ))}
        </footer>
      </article>
    </li>
  );
}
