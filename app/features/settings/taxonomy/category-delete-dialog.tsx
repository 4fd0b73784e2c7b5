import { useTranslation } from 'react-i18next';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { deleteCategoryArgs } from '../../../../schema/mutators/settings-args.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { DialogActions } from '../../../components/dialog-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { RadioGroup } from '../../../components/radio-group.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { validate } from '../validate.ts';
import { parentOptions, subtreeIds } from './category-tree.ts';
import type { SettingsCategory } from './settings-category.ts';

type Props = {
  category: SettingsCategory;
  categories: readonly SettingsCategory[];
  childCount: number;
  onClose: () => void;
};

/**
 * TAX-1's delete: asks what happens to the sub-categories (move up a level, or delete them
 * too) and to the tickets filed under what is deleted (another category, or just unfiled).
 */
export function CategoryDeleteDialog({ category, categories, childCount, onClose }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [children, setChildren] = useState<'moveUp' | 'delete'>('moveUp');
  const [tickets, setTickets] = useState<'remove' | 'reassign'>('remove');
  const [reassignTo, setReassignTo] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const parentName = categories.find((c) => c.id === category.parentId)?.name;
  const goingAway = children === 'delete' ? subtreeIds(categories, category.id) : new Set([category.id]);
  const targets = parentOptions(categories, goingAway);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (tickets === 'reassign' && !reassignTo) return setError(t('categories.delete.chooseTarget'));
    const checked = validate(deleteCategoryArgs, {
      id: category.id,
      children,
      reassignTo: tickets === 'reassign' ? reassignTo : null,
    });
    if (!checked.ok) return setError(Object.values(checked.errors)[0]);
    setBusy(true);
    const outcome = await run(mutators.category.delete(checked.data));
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    onClose();
  }

  return (
    <Dialog title={t('categories.delete.title', { name: category.name })} size="medium" onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        {childCount > 0 && (
          <RadioGroup
            legend={t('categories.delete.childrenLegend', { count: childCount })}
            value={children}
            onChange={(v) => setChildren(v === 'delete' ? 'delete' : 'moveUp')}
            options={[
              { value: 'moveUp', label: parentName ? t('categories.delete.moveUnder', { name: parentName }) : t('categories.delete.moveTop') },
              { value: 'delete', label: t('categories.delete.deleteToo') },
            ]}
          />
        )}
        <RadioGroup
          legend={t(children === 'delete' && childCount > 0 ? 'categories.delete.ticketsLegendAll' : 'categories.delete.ticketsLegend', { name: category.name })}
          value={tickets}
          onChange={(v) => setTickets(v === 'reassign' ? 'reassign' : 'remove')}
          options={[
            { value: 'remove', label: t('categories.delete.unfile') },
            { value: 'reassign', label: t('categories.delete.refile'), disabled: targets.length === 0 },
          ]}
        />
        {tickets === 'reassign' && (
          <SelectField
            label={t('categories.delete.target')}
            value={reassignTo}
            onChange={setReassignTo}
            placeholder={t('categories.delete.chooseCategory')}
            options={targets}
          />
        )}
        <p className="dialog__body">{t('categories.delete.note')}</p>
        <FormError message={error} />
        <DialogActions onCancel={onClose} busy={busy} busyLabel={t('deleting')} danger>
          {t('categories.delete.button')}
        </DialogActions>
      </form>
    </Dialog>
  );
}
