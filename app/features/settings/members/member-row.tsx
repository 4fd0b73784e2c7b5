import type { QueryResultType } from '@rocicorp/zero';
import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { can } from '../../../../permissions/index.ts';
import type { queries } from '../../../../schema/queries/index.ts';
import type { TeamRole } from '../../../../schema/schema.ts';
import { Badge } from '../../../components/badge.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useSignedInUser } from '../../auth/use-signed-in-user.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { isTeamRole, roleLabel, roleOptions } from './role-options.ts';

export type SettingsMember = QueryResultType<ReturnType<typeof queries.settings.members>>[number];

type Props = { member: SettingsMember; teamLabel: string };

/** One member: their role (changed on the spot) and a way to remove them, after asking. */
export function MemberRow({ member, teamLabel }: Props) {
  const run = useRunMutation();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState(false);
  const [demoting, setDemoting] = useState<TeamRole>();
  const me = useSignedInUser();
  const name = member.user?.name ?? 'Unknown user';

  async function setRole(role: TeamRole) {
    const outcome = await run(mutators.member.setRole({ id: member.id, role }));
    return outcome.ok ? undefined : outcome.message;
  }

  async function changeRole(role: string) {
    if (!isTeamRole(role) || role === member.role) return;
    setError(undefined);
    // An admin who takes their own admin role loses this page at once (a superadmin keeps
    // it): ask first, saying so.
    const losesManagement = member.userId === me.id && !me.isSuperadmin && can(member.role, 'member.manage') && !can(role, 'member.manage');
    if (losesManagement) return setDemoting(role);
    const failure = await setRole(role);
    if (failure) setError(failure);
  }

  async function remove() {
    const outcome = await run(mutators.member.remove({ id: member.id }));
    return outcome.ok ? undefined : outcome.message;
  }

  return (
    <li data-member-id={member.id} data-testid="member-row">
      <div className="row">
        <div className="row__main cell-main">
          <span className="cell-main__title">
            {name}
            {member.user?.disabledAt && <Badge tone="danger">Disabled</Badge>}
          </span>
          <span className="cell-main__sub">{member.user?.email}</span>
        </div>
        <SelectField
          label={`Role of ${name}`}
          hideLabel
          value={member.role}
          options={roleOptions}
          onChange={(role) => void changeRole(role)}
        />
        <button type="button" className="button button--danger-ghost button--small" onClick={() => setRemoving(true)}>
          Remove
        </button>
      </div>
      {error && (
        <p className="row-error" role="alert">
          {error}
        </p>
      )}
      {demoting && (
        <ConfirmDialog
          title={`Make yourself ${roleLabel(demoting) === 'Agent' ? 'an' : 'a'} ${roleLabel(demoting).toLowerCase()} of ${teamLabel}?`}
          confirmLabel={`Become ${roleLabel(demoting).toLowerCase()}`}
          danger
          onConfirm={() => setRole(demoting)}
          onClose={() => setDemoting(undefined)}
        >
          <p>
            You will no longer be able to manage this team’s accounts and members. This takes effect at once; only
            another admin of {teamLabel} or a superadmin can make you an admin again.
          </p>
        </ConfirmDialog>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove ${name} from ${teamLabel}?`}
          confirmLabel="Remove member"
          danger
          onConfirm={remove}
          onClose={() => setRemoving(false)}
        >
          <p>
            <strong>{name}</strong> stops seeing {teamLabel}’s accounts, customers and messages at once, also on screens
            they have open. Their replies and notes stay.
          </p>
          <p>You can add them again later, with any role.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
