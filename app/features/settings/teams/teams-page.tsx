import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { formatCount } from '../../../components/format-count.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { TeamCreateForm } from './team-create-form.tsx';
import { TeamsTable } from './teams-table.tsx';

/** ORG-1, superadmin: every team, and a form to create one. Teams are final once created. */
export function TeamsPage() {
  const [teams, details] = useQuery(queries.settings.teams());
  return (
    <div className="settings-page">
      <SettingsPageHeader title="Teams">
        <p>
          A team owns accounts, and only its members see those accounts’ customers and messages. Add people to a team in{' '}
          <em>Members and roles</em>.
        </p>
      </SettingsPageHeader>
      <SettingsPanel
        title="Create a team"
        description="Teams cannot be edited or deleted once created: check the name, display name and description first."
      >
        <TeamCreateForm />
      </SettingsPanel>
      <SettingsPanel title="All teams" description={formatCount(teams.length, 'team', 'teams')}>
        <QueryState
          details={details}
          count={teams.length}
          what="teams"
          empty={{ title: 'No teams yet', body: 'Create the first team above, then add its members and accounts.' }}
        >
          <TeamsTable teams={teams} />
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
