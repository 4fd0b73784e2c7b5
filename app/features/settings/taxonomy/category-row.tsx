import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { nameField } from '../../../../schema/mutators/settings-args.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { CategoryDeleteDialog } from './category-delete-dialog.tsx';
import { CategoryMoveDialog } from './category-move-dialog.tsx';
import type { TreeEntry } from './category-tree.ts';
import { InlineRename } from './inline-rename.tsx';
import type { SettingsCategory } from './settings-category.ts';

type Props = { entry: TreeEntry<SettingsCategory>; categories: readonly SettingsCategory[] };
type Open = 'rename' | 'move' | 'delete' | undefined;

/** One category, indented by its depth, with rename in place, move and delete. */
export function CategoryRow({ entry, categories }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [open, setOpen] = useState<Open>();
  const { category, depth, childCount } = entry;
  const close = () => setOpen(undefined);
  return (
    <li data-category-id={category.id} data-depth={depth} data-testid="category-row">
      <div className="row" style={{ paddingLeft: 16 + depth * 24 }}>
        {depth > 0 && <span className="category-tree__branch" aria-hidden="true" />}
        {open === 'rename' ? (
          <div className="row__main">
            <InlineRename
              label={t('categories.renameLabel', { name: category.name })}
              name={category.name}
              schema={nameField('category')}
              onSave={(name) => run(mutators.category.update({ id: category.id, name }))}
              onDone={close}
            />
          </div>
        ) : (
          <>
            <span className="row__main cell-main__title">
              <span className="row__name">{category.name}</span>
              {childCount > 0 && (
                <span className="cell-main__sub">
                  {t('categories.subCount', { count: childCount })}
                </span>
              )}
            </span>
            <div className="cell-actions">
              <button type="button" className="button button--ghost button--small" aria-label={t('renameNamed', { name: category.name })} onClick={() => setOpen('rename')}>
                {t('rename')}
              </button>
              <button type="button" className="button button--ghost button--small" aria-label={t('moveNamed', { name: category.name })} onClick={() => setOpen('move')}>
                {t('move')}
              </button>
              <button
                type="button"
                className="button button--danger-ghost button--small"
                aria-label={t('deleteNamed', { name: category.name })}
                onClick={() => setOpen('delete')}
              >
                {t('delete')}
              </button>
            </div>
          </>
        )}
      </div>
      {open === 'move' && <CategoryMoveDialog category={category} categories={categories} onClose={close} />}
      {open === 'delete' && (
        <CategoryDeleteDialog category={category} categories={categories} childCount={childCount} onClose={close} />
      )}
    </li>
  );
}
