import { useTranslation } from 'react-i18next';
import { Outlet, useMatch } from 'react-router';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { isInNoTeam } from '../teams/is-in-no-team.ts';
import { NoTeamState } from '../teams/no-team-state.tsx';
import { useCurrentUser } from '../teams/use-current-user.ts';
import { PlayerColumn } from './player-column.tsx';
import './player.css';

/**
 * Home: the Player on the left, the opened conversation (child route) on the right. Below
 * 760 px wide only one of them shows: the list, or the conversation with a way back.
 */
export function PlayerPage() {
  const { t } = useTranslation('player');
  const sessionUser = useSignedInUser();
  const [me, details] = useCurrentUser();
  // On a narrow screen only one side fits: the list, or the opened conversation.
  const conversationOpen = useMatch('/conversations/:customerId') !== null;

  if (!me && details.type === 'unknown') return <LoadingState className="page-center" label={t('loadingTeams')} />;
  if (!me && details.type === 'error') {
    return (
      <div className="page-center">
        <ErrorNotice title={t('teamsFailed')} message={details.error.message} onRetry={details.retry} />
      </div>
    );
  }
  if (!sessionUser.isSuperadmin && isInNoTeam(me ?? { isSuperadmin: false, memberships: [] })) {
    // Only the server's complete answer may say "no team": a partial local one could flash it
    // at a member.
    if (details.type !== 'complete') return <LoadingState className="page-center" label={t('loadingTeams')} />;
    return <NoTeamState />;
  }

  return (
    <div className={conversationOpen ? 'player player--conversation-open' : 'player'}>
      <PlayerColumn />
      <div className="player__detail">
        <Outlet />
      </div>
    </div>
  );
}
