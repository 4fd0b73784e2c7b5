import { type FormEvent, useState } from 'react';
import { createNamedArgs } from '../../../../schema/mutators/settings-args.ts';
import { TextField } from '../../../components/text-field.tsx';
import { FormSuccess } from '../form-success.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, validate } from '../validate.ts';
import type { NamedItemMutators } from './named-item.ts';

type Props = { noun: string; create: NamedItemMutators['create'] };

/** One field and a button: the name of a new tag, customer type or gender. */
export function NamedCreateForm({ noun, create }: Props) {
  const run = useRunMutation();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const checked = validate(createNamedArgs(noun), { id: crypto.randomUUID(), name });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const outcome = await run(create(checked.data));
    setBusy(false);
    if (!outcome.ok) return setErrors({ name: outcome.message });
    setName((current) => (current === name ? '' : current));
    setDone(`“${checked.data.name}” added.`);
  }

  return (
    <form className="settings-form settings-form--inline" onSubmit={onSubmit} noValidate>
      <TextField label="Name" value={name} onChange={setName} error={errors.name} autoComplete="off" />
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : `Add ${noun}`}
        </button>
        <FormSuccess message={done} />
      </div>
    </form>
  );
}
