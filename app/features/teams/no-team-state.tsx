import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';

/**
 * ORG-8's home for a user in no team. Test hook: the heading's text is exactly
 * "You are not in any team yet" (and data-testid="no-team").
 */
export function NoTeamState() {
  const { t } = useTranslation('shell');
  return (
    <div className="page-center">
      <EmptyState level={1} title={t('noTeam.title')} testId="no-team" icon={<TeamIcon />}>
        <p>{t('noTeam.why')}</p>
        <p>{t('noTeam.next')}</p>
      </EmptyState>
    </div>
  );
}

function TeamIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6">
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 19c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5" strokeLinecap="round" />
      <circle cx="17" cy="9" r="2.4" />
      <path d="M16 13.6c2.8 0 5 1.8 5 4.6" strokeLinecap="round" />
    </svg>
  );
}
