import { Trans, useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import './conversation.css';

/** The right side of the Player before a message is opened. */
export function ConversationPlaceholder() {
  const { t } = useTranslation('conversation');
  return (
    <div className="conversation-placeholder">
      <EmptyState title={t('placeholder.title')} icon={<BubbleIcon />}>
        <p>
          <Trans t={t} i18nKey="placeholder.body" components={{ kbd: <kbd /> }} />
        </p>
      </EmptyState>
    </div>
  );
}

function BubbleIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M4 5h16v11h-9l-5 4v-4H4z" strokeLinejoin="round" />
      <path d="M8 9.5h8M8 12.5h5" strokeLinecap="round" />
    </svg>
  );
}
