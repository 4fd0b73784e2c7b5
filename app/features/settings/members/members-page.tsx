import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../../components/loading-state.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { TeamPicker } from '../team-picker.tsx';
import { useManageableTeams } from '../use-manageable-teams.ts';
import { TeamMembers } from './team-members.tsx';

/**
 * The members of one team and their roles. Superadmins pick any team, team admins
 * one of the teams they administer. The team is in the address (?team=…) so it can be shared.
 */
export function MembersPage() {
  const { t } = useTranslation('settings');
  const { teams, loading } = useManageableTeams('member.manage');
  const [params, setParams] = useSearchParams();
  const asked = params.get('team');
  const team = teams.find((t) => t.id === asked) ?? teams[0];

  return (
    <div className="settings-page">
      <SettingsPageHeader title={t('members.title')}>
        <p>
          <Trans t={t} i18nKey="members.lead" components={{ strong: <strong /> }} />
        </p>
      </SettingsPageHeader>
      {loading ? (
        <LoadingState label={t('lists.teams.loading')} />
      ) : !team ? (
        <EmptyState title={t('members.noTeamTitle')}>
          <p>{t('members.noTeamBody')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="settings-toolbar">
            <TeamPicker teams={teams} value={team.id} onChange={(id) => setParams({ team: id }, { replace: true })} />
          </div>
          <TeamMembers key={team.id} team={team} />
        </>
      )}
    </div>
  );
}
