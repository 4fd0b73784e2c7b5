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
  const run = useRunMutation();
  const [users] = useQuery(queries.settings.users());
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('agent');
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();

  const candidates = users
    .filter((u) => !memberUserIds.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})${u.disabledAt ? ' · disabled' : ''}` }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    if (!userId) return setErrors({ userId: 'Choose the user to add.' });
    const checked = validate(addMemberArgs, { id: crypto.randomUUID(), teamId: team.id, userId, role });
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => run(mutators.member.add(checked.data)),
      (refusal) => refusalErrors(refusal, ['userId', 'role']),
    );
    if (!sent) return;
    const name = users.find((u) => u.id === userId)?.name ?? 'The user';
    setUserId((current) => (current === userId ? '' : current));
    setDone(`${name} is now a member of ${team.label}.`);
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-form__row">
        <SelectField
          label="User"
          value={userId}
          onChange={setUserId}
          options={candidates}
          placeholder={candidates.length ? 'Choose a user…' : 'Everyone is already a member'}
          error={errors.userId}
          hint="New users are created in Users."
        />
        <SelectField label="Role" value={role} onChange={setRole} options={roleOptions} error={errors.role} />
      </div>
      <FormFooter error={errors.form} busy={busy} busyLabel="Adding…" success={done}>
        Add member
      </FormFooter>
    </form>
  );
}
