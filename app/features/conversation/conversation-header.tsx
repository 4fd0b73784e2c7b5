import { useTranslation } from 'react-i18next';
import { PlatformBadge, platformName } from '../../components/platform-badge.tsx';
import { TicketStatusBadge } from '../tickets/ticket-status-badge.tsx';
import type { Conversation } from './use-conversation.ts';

type Props = { conversation: Conversation; onClose: () => void };

/** Who the customer is, where they wrote, and their tickets (newest first). */
export function ConversationHeader({ conversation, onClose }: Props) {
  const { t } = useTranslation('conversation');
  const { account, tickets } = conversation;
  return (
    <header className="conversation__header">
      <div className="conversation__who">
        {/* Only the panel closes (the ticket stays as it is), so the button says where it leads. */}
        <button
          type="button"
          className="button button--ghost conversation__back"
          onClick={onClose}
          aria-label={t('back')}
          title={t('backWithKey')}
        >
          <BackIcon />
          <span className="conversation__back-label">{t('back')}</span>
        </button>
        {account && <PlatformBadge platform={account.platform} size="large" />}
        <div className="conversation__names">
          <h2 className="conversation__customer">
            {conversation.name || t('common:unknownCustomer')}
            {conversation.handle && <span className="conversation__handle">@{conversation.handle.replace(/^@/, '')}</span>}
          </h2>
          <p className="conversation__account">
            {account ? `${account.name} · ${platformName(account.platform)}` : t('common:unknownAccount')}
            {account?.deletedAt ? ` · ${t('deletedAccount')}` : ''}
          </p>
        </div>
      </div>
      {tickets.length > 0 && (
        <ul className="conversation__tickets" aria-label={t('tickets')}>
          {tickets.map((t) => (
            <li key={t.id} className="ticket-chip" title={t.title || undefined}>
              <span className="ticket-chip__number">#{t.number}</span>
              <TicketStatusBadge status={t.status} testId="customer-ticket-status" />
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

function BackIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
