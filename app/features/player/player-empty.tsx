import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PlayerAccounts } from './player-accounts.tsx';

/** A member whose teams have no messages yet (test hook: data-testid="player-empty"). */
export function PlayerEmpty() {
  const { t } = useTranslation('player');
  return (
    <EmptyState title={t('empty.title')} testId="player-empty" icon={<InboxIcon />}>
      <p>{t('empty.body')}</p>
      <PlayerAccounts />
    </EmptyState>
  );
}

function InboxIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M4 13.5 6.2 5.6A2 2 0 0 1 8.1 4h7.8a2 2 0 0 1 1.9 1.6L20 13.5V18a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z" />
      <path d="M4 13.5h4.5l1.2 2h4.6l1.2-2H20" strokeLinejoin="round" />
    </svg>
  );
}
