import { useTranslation } from 'react-i18next';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { createCategoryArgs } from '../../../../schema/mutators/settings-args.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { FormFooter } from '../form-footer.tsx';
import { useFormSubmit } from '../use-form-submit.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { refusalErrors, validate } from '../validate.ts';
import { parentOptions } from './category-tree.ts';
import type { SettingsCategory } from './settings-category.ts';

type Props = { categories: readonly SettingsCategory[] };

export const TOP_LEVEL = '';

/** A new category, at the top level or under any existing one. */
export function CategoryCreateForm({ categories }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState(TOP_LEVEL);
  const { errors, setErrors, busy, done, setDone, send } = useFormSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const checked = validate(createCategoryArgs, { id: crypto.randomUUID(), name, parentId: parentId || null });
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => run(mutators.category.create(checked.data)),
      (refusal) => refusalErrors(refusal, ['name', 'parentId']),
    );
    if (!sent) return;
    // Clear only what was sent: the person may have typed the next one meanwhile.
    setName((current) => (current === name ? '' : current));
    setDone(t('added', { name: checked.data.name }));
  }

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-form__row">
        <TextField label={t('name')} value={name} onChange={setName} error={errors.name} autoComplete="off" />
        <SelectField
          label={t('categories.parent')}
          value={parentId}
          onChange={setParentId}
          options={[{ value: TOP_LEVEL, label: t('categories.topLevel') }, ...parentOptions(categories)]}
          error={errors.parentId}
        />
      </div>
      <FormFooter error={errors.form} busy={busy} busyLabel={t('common:adding')} success={done}>
        {t('categories.addButton')}
      </FormFooter>
    </form>
  );
}
