import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { UserCreateForm } from './user-create-form.tsx';
import { UsersTable } from './users-table.tsx';

/** ORG-6, superadmin: every user; create, set a password, disable or enable, superadmin rights. */
export function UsersPage() {
  const [users, details] = useQuery(queries.settings.users());
  const [teams] = useQuery(queries.settings.teams());
  const teamNames = new Map(teams.map((t) => [t.id, t.displayName || t.name]));
  const active = users.filter((u) => !u.disabledAt).length;
  return (
    <div className="settings-page">
      <SettingsPageHeader title="Users">
        <p>
          People who log in to Parley. Users are never deleted, only disabled: a disabled user is logged out at once and
          cannot log in, and everything they wrote stays. Give users a team in <em>Members and roles</em>.
        </p>
      </SettingsPageHeader>
      <SettingsPanel title="Create a user" description="They log in with this email and password; tell them the password yourself.">
        <UserCreateForm />
      </SettingsPanel>
      <SettingsPanel title="All users" description={`${users.length} users, ${active} active`}>
        <QueryState
          details={details}
          count={users.length}
          what="users"
          empty={{ title: 'No users yet', body: 'Create the first user above.' }}
        >
          <UsersTable users={users} teamNames={teamNames} />
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
