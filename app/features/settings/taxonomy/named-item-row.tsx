import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { nameField } from '../../../../schema/mutators/settings-args.ts';
import { Badge } from '../../../components/badge.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { InlineRename } from './inline-rename.tsx';
import type { NamedItem, NamedItemMutators } from './named-item.ts';
import type { NamedKind } from './named-list-page.tsx';

type Props = { item: NamedItem; kind: NamedKind; noun: string; mutators: NamedItemMutators };

/** One entry: system ones are locked (the note above says why); others rename and delete. */
export function NamedItemRow({ item, kind, noun, mutators }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  async function remove() {
    const outcome = await run(mutators.remove({ id: item.id }));
    return outcome.ok ? undefined : outcome.message;
  }

  return (
    <li data-item-id={item.id} data-testid="taxonomy-row">
      <div className="row">
        {renaming ? (
          <div className="row__main">
            <InlineRename
              label={t(`named.${kind}.renameLabel`, { name: item.name })}
              name={item.name}
              schema={nameField(noun)}
              onSave={(name) => run(mutators.update({ id: item.id, name }))}
              onDone={() => setRenaming(false)}
            />
          </div>
        ) : (
          <>
            <span className="row__main cell-main__title">
              <span className="row__name">{item.name}</span>
              {item.isSystem && (
                <Badge title={t('systemTitle')}>{t('system')}</Badge>
              )}
            </span>
            {item.isSystem ? (
              <span className="row__locked">{t('builtIn')}</span>
            ) : (
              <div className="cell-actions">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setRenaming(true)}
                  aria-label={t('renameNamed', { name: item.name })}
                >
                  {t('rename')}
                </button>
                <button
                  type="button"
                  className="button button--danger-ghost button--small"
                  onClick={() => setDeleting(true)}
                  aria-label={t('deleteNamed', { name: item.name })}
                >
                  {t('delete')}
                </button>
              </div>
            )}
          </>
        )}
      </div>
      {deleting && (
        <ConfirmDialog
          title={t(`named.${kind}.deleteTitle`, { name: item.name })}
          confirmLabel={t(`named.${kind}.deleteButton`)}
          danger
          onConfirm={remove}
          onClose={() => setDeleting(false)}
        >
          <p>{t('named.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
