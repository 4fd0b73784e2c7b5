import { Trans, useTranslation } from 'react-i18next';
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
import { isTeamRole, roleOptions } from './role-options.ts';

export type SettingsMember = QueryResultType<ReturnType<typeof queries.settings.members>>[number];

type Props = { member: SettingsMember; teamLabel: string };

/** One member: their role (changed on the spot) and a way to remove them, after asking. */
export function MemberRow({ member, teamLabel }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState(false);
  const [demoting, setDemoting] = useState<TeamRole>();
  const me = useSignedInUser();
  const name = member.user?.name ?? t('common:unknownUser');

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
            {member.user?.disabledAt && <Badge tone="danger">{t('users.disabled')}</Badge>}
          </span>
          <span className="cell-main__sub">{member.user?.email}</span>
        </div>
        <SelectField
          label={t('members.roleOf', { name })}
          hideLabel
          value={member.role}
          options={roleOptions(t)}
          onChange={(role) => void changeRole(role)}
        />
        <button type="button" className="button button--danger-ghost button--small" onClick={() => setRemoving(true)}>
          {t('members.remove')}
        </button>
      </div>
      {error && (
        <p className="row-error" role="alert">
          {error}
        </p>
      )}
      {demoting && (
        <ConfirmDialog
          title={t(`members.demote.title_${demoting}`, { team: teamLabel })}
          confirmLabel={t(`members.demote.button_${demoting}`)}
          danger
          onConfirm={() => setRole(demoting)}
          onClose={() => setDemoting(undefined)}
        >
          <p>{t('members.demote.body', { team: teamLabel })}</p>
        </ConfirmDialog>
      )}
      {removing && (
        <ConfirmDialog
          title={t('members.removeTitle', { name, team: teamLabel })}
          confirmLabel={t('members.removeButton')}
          danger
          onConfirm={remove}
          onClose={() => setRemoving(false)}
        >
          <p>
            <Trans t={t} i18nKey="members.removeBody" values={{ name, team: teamLabel }} components={{ strong: <strong /> }} />
          </p>
          <p>{t('members.removeNote')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
