import { useTranslation } from 'react-i18next';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import type { z } from 'zod';
import { FieldMessages } from '../../../components/field-messages.tsx';
import type { MutationOutcome } from '../use-run-mutation.ts';
import { validate } from '../validate.ts';

type Props = {
  /** The field's label, in words: "New name of the tag “VIP”". */
  label: string;
  name: string;
  /** The contract's field schema, so the message matches the server's. */
  schema: z.ZodType;
  onSave: (name: string) => Promise<MutationOutcome>;
  onDone: () => void;
};

/** Rename in place: Enter saves, Esc cancels; the refusal is shown under the field. */
export function InlineRename({ label, name, schema, onSave, onDone }: Props) {
  const { t } = useTranslation('settings');
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(schema, value);
    if (!checked.ok) return setError(checked.errors.form);
    if (checked.data === name) return onDone();
    setBusy(true);
    const outcome = await onSave(String(checked.data));
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    onDone();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone();
  }

  return (
    <form className="inline-edit" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <input
          id={id}
          value={value}
          // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this
          autoFocus
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldMessages id={id} error={error} />
      </div>
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {t('save')}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onDone}>
        {t('common:cancel')}
      </button>
    </form>
  );
}
