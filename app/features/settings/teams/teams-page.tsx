import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { TeamCreateForm } from './team-create-form.tsx';
import { TeamsTable } from './teams-table.tsx';

/** ORG-1, superadmin: every team, and a form to create one. Teams are final once created. */
export function TeamsPage() {
  const { t } = useTranslation('settings');
  const [teams, details] = useQuery(queries.settings.teams());
  return (
    <div className="settings-page">
      <SettingsPageHeader title={t('teams.title')}>
        <p>
          <Trans t={t} i18nKey="teams.lead" components={{ em: <em /> }} />
        </p>
      </SettingsPageHeader>
      <SettingsPanel
        title={t('teams.create')}
        description={t('teams.createNote')}
      >
        <TeamCreateForm />
      </SettingsPanel>
      <SettingsPanel title={t('teams.all')} description={t('teams.count', { count: teams.length })}>
        <QueryState
          details={details}
          count={teams.length}
          what="teams"
          empty={{ title: t('teams.emptyTitle'), body: t('teams.emptyBody') }}
        >
          <TeamsTable teams={teams} />
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
