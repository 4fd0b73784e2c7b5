import { useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { addMemberArgs } from '../../../../schema/mutators/settings-args.ts';
import { queries } from '../../../../schema/queries/index.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { FormFooter } from '../form-footer.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import type { ManageableTeam } from '../use-manageable-teams.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { refusalErrors, validate } from '../validate.ts';
import { roleOptions } from './role-options.ts';

type Props = { team: ManageableTeam; memberUserIds: ReadonlySet<string> };

/** Adds a user who is not yet a member (`member.add`), with a role. */
export function MemberAddForm({ team, memberUserIds }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [users] = useQuery(queries.settings.users());
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('agent');
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();

  const candidates = users
    .filter((u) => !memberUserIds.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})${u.disabledAt ? ` · ${t('members.disabledSuffix')}` : ''}` }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    if (!userId) return setErrors({ userId: t('members.chooseUser') });
    const checked = validate(addMemberArgs, { id: crypto.randomUUID(), teamId: team.id, userId, role });
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => run(mutators.member.add(checked.data)),
      (refusal) => refusalErrors(refusal, ['userId', 'role']),
    );
    if (!sent) return;
    const name = users.find((u) => u.id === userId)?.name ?? t('members.theUser');
    setUserId((current) => (current === userId ? '' : current));
    setDone(t('members.added', { name, team: team.label }));
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-form__row">
        <SelectField
          label={t('users.user')}
          value={userId}
          onChange={setUserId}
          options={candidates}
          placeholder={candidates.length ? t('members.chooseUserPlaceholder') : t('members.everyoneIn')}
          error={errors.userId}
          hint={t('members.userHint')}
        />
        <SelectField label={t('members.role')} value={role} onChange={setRole} options={roleOptions(t)} error={errors.role} />
      </div>
      <FormFooter error={errors.form} busy={busy} busyLabel={t('common:adding')} success={done}>
        {t('members.addButton')}
      </FormFooter>
    </form>
  );
}
