import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { formatCount } from '../../../components/format-count.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import type { ManageableTeam } from '../use-manageable-teams.ts';
import { MemberAddForm } from './member-add-form.tsx';
import { MemberRow } from './member-row.tsx';

type Props = { team: ManageableTeam };

/** One team's members, live, with a form to add someone. */
export function TeamMembers({ team }: Props) {
  const [members, details] = useQuery(queries.settings.members({ teamId: team.id }));
  const sorted = [...members].sort((a, b) => (a.user?.name ?? '').localeCompare(b.user?.name ?? ''));
  return (
    <>
      <SettingsPanel title={`Add a member to ${team.label}`}>
        <MemberAddForm team={team} memberUserIds={new Set(members.map((m) => m.userId))} />
      </SettingsPanel>
      <SettingsPanel title={`Members of ${team.label}`} description={formatCount(members.length, 'member', 'members')}>
        <QueryState
          details={details}
          count={members.length}
          what="members"
          empty={{ title: 'This team has no members', body: 'Add someone above; they see the team’s messages at once.' }}
        >
          <ul className="row-list" aria-label={`Members of ${team.label}`}>
            {sorted.map((m) => (
              <MemberRow key={m.id} member={m} teamLabel={team.label} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
    </>
  );
}
