import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlatformBadge } from '../../components/platform-badge.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { reasonWords } from '../../i18n/reason-words.ts';
import { TicketStatusBadge } from '../tickets/ticket-status-badge.tsx';
import { conversationPath } from './conversation-path.ts';
import type { PlayerMessage } from './use-player-messages.ts';

type Props = {
  message: PlayerMessage;
  /** The item whose conversation is open on the right. */
  isOpen: boolean;
  /** The item under the keyboard cursor; it is also the list's one tab stop. */
  isCursor: boolean;
  isTabStop: boolean;
};

/** One inbound message in the Player; the whole row is the link to its conversation. */
export function PlayerItem({ message, isOpen, isCursor, isTabStop }: Props) {
  const { t } = useTranslation('player');
  const { account, customer, ticket } = message;
  // The query hands one reply per message: its delivery says whether the customer got it.
  const reply = message.replies[0];
  const answered = reply?.delivery === 'sent';
  const classes = ['player-item', isOpen && 'is-open', isCursor && 'is-cursor', answered && 'is-answered'];
  return (
    <li data-message-id={message.id} className={classes.filter(Boolean).join(' ')}>
      <Link
        to={conversationPath(message.customerId, message.id)}
        className="player-item__link"
        tabIndex={isTabStop ? 0 : -1}
        aria-current={isOpen ? 'true' : undefined}
      >
        <span className="player-item__platform">
          {account ? <PlatformBadge platform={account.platform} size="large" /> : null}
        </span>
        <span className="player-item__top">
          <span className="player-item__customer">{customer?.name || t('common:unknownCustomer')}</span>
          {customer?.handle && <span className="player-item__handle">@{customer.handle.replace(/^@/, '')}</span>}
          <RelativeTime at={message.sentAt} className="player-item__time" />
        </span>
        <span className="player-item__snippet">{message.text.replace(/\s+/g, ' ').trim() || t('noText')}</span>
        <span className="player-item__meta">
          <span className="player-item__account">{account?.name ?? t('common:unknownAccount')}</span>
          {ticket && <span className="player-item__ticket">#{ticket.number}</span>}
          <TicketStatusBadge status={ticket?.status} />
          <ReplyMarker reply={reply} />
        </span>
      </Link>
    </li>
  );
}

function ReplyMarker({ reply }: { reply: PlayerMessage['replies'][number] | undefined }) {
  const { t } = useTranslation('player');
  switch (reply?.delivery) {
    case 'sent':
      return (
        <span className="player-item__answered" title={t('answeredTitle')}>
          <CheckIcon /> {t('answered')}
        </span>
      );
    case 'failed':
    case 'unconfirmed': // may have been posted: a person must look, as for a failed one
      return (
        <span className="player-item__not-sent" data-testid="reply-not-sent" title={reasonWords(reply.deliveryError) ?? undefined}>
          <WarningIcon /> {t('replyNotSent')}
        </span>
      );
    case 'pending':
    case 'sending':
      return <span className="player-item__sending">{t('replySending')}</span>;
    default:
      return null;
  }
}

function WarningIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path d="M8 2 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M8 6.5v3.5M8 12v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
