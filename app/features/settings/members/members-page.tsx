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
  const { teams, loading } = useManageableTeams('member.manage');
  const [params, setParams] = useSearchParams();
  const asked = params.get('team');
  const team = teams.find((t) => t.id === asked) ?? teams[0];

  return (
    <div className="settings-page">
      <SettingsPageHeader title="Members and roles">
        <p>
          Members see their team’s accounts, customers and messages. <strong>Agents</strong> and{' '}
          <strong>supervisors</strong> answer them; <strong>admins</strong> also manage the team’s accounts and members.
          Removed members can be added again at any time.
        </p>
      </SettingsPageHeader>
      {loading ? (
        <LoadingState label="Loading teams…" />
      ) : !team ? (
        <EmptyState title="No team to manage yet">
          <p>Create a team in Teams first; then add its members here.</p>
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
