import { type FormEvent, useState } from 'react';
import { createNamedArgs } from '../../../../schema/mutators/settings-args.ts';
import { TextField } from '../../../components/text-field.tsx';
import { FormFooter } from '../form-footer.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { validate } from '../validate.ts';
import type { NamedItemMutators } from './named-item.ts';

type Props = { noun: string; create: NamedItemMutators['create'] };

/** One field and a button: the name of a new tag, customer type or gender. */
export function NamedCreateForm({ noun, create }: Props) {
  const run = useRunMutation();
  const [name, setName] = useState('');
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const checked = validate(createNamedArgs(noun), { id: crypto.randomUUID(), name });
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => run(create(checked.data)),
      (refusal) => ({ name: refusal.message }),
    );
    if (!sent) return;
    setName((current) => (current === name ? '' : current));
    setDone(`“${checked.data.name}” added.`);
  }

  return (
    <form className="settings-form settings-form--inline" onSubmit={onSubmit} noValidate>
      <TextField label="Name" value={name} onChange={setName} error={errors.name} autoComplete="off" />
      <FormFooter busy={busy} busyLabel="Adding…" success={done}>
        {`Add ${noun}`}
      </FormFooter>
    </form>
  );
}
