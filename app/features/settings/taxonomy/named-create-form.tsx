import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createNamedArgs } from '../../../../schema/mutators/settings-args.ts';
import { TextField } from '../../../components/text-field.tsx';
import { FormFooter } from '../form-footer.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { validate } from '../validate.ts';
import type { NamedItemMutators } from './named-item.ts';
import type { NamedKind } from './named-list-page.tsx';

type Props = { kind: NamedKind; noun: string; create: NamedItemMutators['create'] };

/** One field and a button: the name of a new tag, customer type or gender. */
export function NamedCreateForm({ kind, noun, create }: Props) {
  const { t } = useTranslation('settings');
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
    setDone(t('added', { name: checked.data.name }));
  }

  return (
    <form className="settings-form settings-form--inline" onSubmit={onSubmit} noValidate>
      <TextField label={t('name')} value={name} onChange={setName} error={errors.name} autoComplete="off" />
      <FormFooter busy={busy} busyLabel={t('common:adding')} success={done}>
        {t(`named.${kind}.addButton`)}
      </FormFooter>
    </form>
  );
}
