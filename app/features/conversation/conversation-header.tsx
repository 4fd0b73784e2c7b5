import { PlatformBadge, platformName } from '../../components/platform-badge.tsx';
import { TicketStatusBadge } from '../tickets/ticket-status-badge.tsx';
import type { Conversation } from './use-conversation.ts';

type Props = { conversation: Conversation; onClose: () => void };

/** Who the customer is, where they wrote, and their tickets (newest first). */
export function ConversationHeader({ conversation, onClose }: Props) {
  const { account, tickets } = conversation;
  return (
    <header className="conversation__header">
      <div className="conversation__who">
        {account && <PlatformBadge platform={account.platform} size="large" />}
        <div className="conversation__names">
          <h2 className="conversation__customer">
            {conversation.name || 'Unknown customer'}
            {conversation.handle && <span className="conversation__handle">@{conversation.handle.replace(/^@/, '')}</span>}
          </h2>
          <p className="conversation__account">
            {account ? `${account.name} · ${platformName(account.platform)}` : 'Unknown account'}
            {account?.deletedAt ? ' · deleted' : ''}
          </p>
        </div>
        <button type="button" className="button button--ghost conversation__close" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </div>
      {tickets.length > 0 && (
        <ul className="conversation__tickets" aria-label="Tickets of this customer">
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
