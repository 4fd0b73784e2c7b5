import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { createTeamArgs } from '../../../../schema/mutators/settings-args.ts';
import { TextField } from '../../../components/text-field.tsx';
import { FormSuccess } from '../form-success.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, refusalErrors, validate } from '../validate.ts';

const blank = { name: '', displayName: '', description: '' };

/** Creates a team (mutator `team.create`); the contract's messages show next to each field. */
export function TeamCreateForm() {
  const run = useRunMutation();
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  const set = (field: keyof typeof blank) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const checked = validate(createTeamArgs, { id: crypto.randomUUID(), ...values });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const outcome = await run(mutators.team.create(checked.data));
    setBusy(false);
    if (!outcome.ok) return setErrors(refusalErrors(outcome, ['name', 'displayName', 'description']));
    // Clear only what was sent: the person may have started the next one meanwhile.
    setValues((current) => (current === values ? blank : current));
    setDone(`Team “${checked.data.displayName}” created. Add its members and accounts next.`);
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-form__row">
        <TextField label="Name" value={values.name} onChange={set('name')} error={errors.name} hint="Short, for admins: “Support”." />
        <TextField
          label="Display name"
          value={values.displayName}
          onChange={set('displayName')}
          error={errors.displayName}
          hint="Shown to agents: “Northwind Support”."
        />
      </div>
      <TextField
        label="Description"
        multiline
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        hint="What the team handles (optional)."
      />
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create team'}
        </button>
        <FormSuccess message={done} />
      </div>
    </form>
  );
}
