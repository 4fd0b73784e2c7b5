import { useQuery } from '@rocicorp/zero/react';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { addMemberArgs } from '../../../../schema/mutators/settings-args.ts';
import { queries } from '../../../../schema/queries/index.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { FormSuccess } from '../form-success.tsx';
import type { ManageableTeam } from '../use-manageable-teams.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, refusalErrors, validate } from '../validate.ts';
import { roleOptions } from './role-options.ts';

type Props = { team: ManageableTeam; memberUserIds: ReadonlySet<string> };

/** Adds a user who is not yet a member (`member.add`), with a role. */
export function MemberAddForm({ team, memberUserIds }: Props) {
  const run = useRunMutation();
  const [users] = useQuery(queries.settings.users());
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('agent');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

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
    setErrors({});
    setBusy(true);
    const outcome = await run(mutators.member.add(checked.data));
    setBusy(false);
    if (!outcome.ok) return setErrors(refusalErrors(outcome, ['userId', 'role']));
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
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add member'}
        </button>
        <FormSuccess message={done} />
      </div>
    </form>
  );
}
