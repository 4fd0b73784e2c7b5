import { useState } from 'react';
import { nameField } from '../../../../schema/mutators/settings-args.ts';
import { Badge } from '../../../components/badge.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { InlineRename } from './inline-rename.tsx';
import type { NamedItem, NamedItemMutators } from './named-item.ts';

type Props = { item: NamedItem; noun: string; mutators: NamedItemMutators };

/** One entry: system ones are locked (the note above says why); others rename and delete. */
export function NamedItemRow({ item, noun, mutators }: Props) {
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
              noun={noun}
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
                <Badge title="Built into Parley: it cannot be renamed or deleted">System</Badge>
              )}
            </span>
            {item.isSystem ? (
              <span className="row__locked">Built in, cannot be changed</span>
            ) : (
              <div className="cell-actions">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setRenaming(true)}
                  aria-label={`Rename ${item.name}`}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="button button--danger-ghost button--small"
                  onClick={() => setDeleting(true)}
                  aria-label={`Delete ${item.name}`}
                >
                  Delete
                </button>
              </div>
            )}
          </>
        )}
      </div>
      {deleting && (
        <ConfirmDialog
          title={`Delete the ${noun} “${item.name}”?`}
          confirmLabel={`Delete ${noun}`}
          danger
          onConfirm={remove}
          onClose={() => setDeleting(false)}
        >
          <p>
            It is removed from every ticket or customer that has it, and reports stop counting it. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
