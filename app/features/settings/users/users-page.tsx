import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { UserCreateForm } from './user-create-form.tsx';
import { UsersTable } from './users-table.tsx';

/** ORG-6, superadmin: every user; create, set a password, disable or enable, superadmin rights. */
export function UsersPage() {
  const { t } = useTranslation('settings');
  const [users, details] = useQuery(queries.settings.users());
  const [teams] = useQuery(queries.settings.teams());
  const teamNames = new Map(teams.map((team) => [team.id, team.displayName || team.name]));
  const active = users.filter((u) => !u.disabledAt).length;
  return (
    <div className="settings-page">
      <SettingsPageHeader title={t('users.title')}>
        <p>
          <Trans t={t} i18nKey="users.lead" components={{ em: <em /> }} />
        </p>
      </SettingsPageHeader>
      <SettingsPanel title={t('users.create')} description={t('users.createNote')}>
        <UserCreateForm />
      </SettingsPanel>
      <SettingsPanel title={t('users.all')} description={t('users.count', { count: users.length, active })}>
        <QueryState
          details={details}
          count={users.length}
          what="users"
          empty={{ title: t('users.emptyTitle'), body: t('users.emptyBody') }}
        >
          <UsersTable users={users} teamNames={teamNames} />
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
