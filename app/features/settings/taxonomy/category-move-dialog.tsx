import { useTranslation } from 'react-i18next';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { DialogActions } from '../../../components/dialog-actions.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { parentOptions, subtreeIds } from './category-tree.ts';
import type { SettingsCategory } from './settings-category.ts';

type Props = { category: SettingsCategory; categories: readonly SettingsCategory[]; onClose: () => void };

const TOP_LEVEL = '';

/** Puts a category (with everything under it) under another parent, or at the top level. */
export function CategoryMoveDialog({ category, categories, onClose }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [parentId, setParentId] = useState(category.parentId ?? TOP_LEVEL);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // A category cannot go under itself or under one of its own sub-categories.
  const options = [{ value: TOP_LEVEL, label: t('categories.topLevel') }, ...parentOptions(categories, subtreeIds(categories, category.id))];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await run(mutators.category.update({ id: category.id, parentId: parentId || null }));
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    onClose();
  }

  return (
    <Dialog title={t('categories.moveTitle', { name: category.name })} onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <SelectField
          label={t('categories.newParent')}
          value={parentId}
          onChange={setParentId}
          options={options}
          error={error}
          hint={t('categories.moveHint')}
        />
        <DialogActions onCancel={onClose} busy={busy} busyLabel={t('categories.moving')}>
          {t('categories.moveButton')}
        </DialogActions>
      </form>
    </Dialog>
  );
}
