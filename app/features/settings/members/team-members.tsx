import { useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import type { ManageableTeam } from '../use-manageable-teams.ts';
import { MemberAddForm } from './member-add-form.tsx';
import { MemberRow } from './member-row.tsx';

type Props = { team: ManageableTeam };

/** One team's members, live, with a form to add someone. */
export function TeamMembers({ team }: Props) {
  const { t } = useTranslation('settings');
  const [members, details] = useQuery(queries.settings.members({ teamId: team.id }));
  const sorted = [...members].sort((a, b) => (a.user?.name ?? '').localeCompare(b.user?.name ?? ''));
  return (
    <>
      <SettingsPanel title={t('members.addTo', { team: team.label })}>
        <MemberAddForm team={team} memberUserIds={new Set(members.map((m) => m.userId))} />
      </SettingsPanel>
      <SettingsPanel title={t('members.of', { team: team.label })} description={t('members.count', { count: members.length })}>
        <QueryState
          details={details}
          count={members.length}
          what="members"
          empty={{ title: t('members.emptyTitle'), body: t('members.emptyBody') }}
        >
          <ul className="row-list" aria-label={t('members.of', { team: team.label })}>
            {sorted.map((m) => (
              <MemberRow key={m.id} member={m} teamLabel={team.label} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
    </>
  );
}
