import type { QueryResultType } from '@rocicorp/zero';
import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import type { queries } from '../../../../schema/queries/index.ts';
import { Badge } from '../../../components/badge.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { isTeamRole, roleOptions } from './role-options.ts';

export type SettingsMember = QueryResultType<ReturnType<typeof queries.settings.members>>[number];

type Props = { member: SettingsMember; teamLabel: string };

/** One member: their role (changed on the spot) and a way to remove them, after asking. */
export function MemberRow({ member, teamLabel }: Props) {
  const run = useRunMutation();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState(false);
  const name = member.user?.name ?? 'Unknown user';

  async function changeRole(role: string) {
    if (!isTeamRole(role) || role === member.role) return;
    setError(undefined);
    const outcome = await run(mutators.member.setRole({ id: member.id, role }));
    if (!outcome.ok) setError(outcome.message);
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
