import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { updateAccountArgs } from '../../../../schema/mutators/settings-args.ts';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, refusalErrors, validate } from '../validate.ts';
import type { SettingsAccount } from './settings-account.ts';

type Props = { account: SettingsAccount; onClose: () => void };

/** ORG-3, ORG-5: name, handle and two-step; the team and platform never change. */
export function AccountEditDialog({ account, onClose }: Props) {
  const run = useRunMutation();
  const [values, setValues] = useState({ name: account.name, handle: account.handle, twoStep: account.twoStep });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(updateAccountArgs, { id: account.id, ...values });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    const outcome = await run(mutators.account.update(checked.data));
    setBusy(false);
    if (!outcome.ok) return setErrors(refusalErrors(outcome, ['name', 'handle']));
    onClose();
  }

  return (
    <Dialog title={`Edit ${account.name}`} onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <TextField label="Account name" value={values.name} onChange={(name) => setValues((v) => ({ ...v, name }))} error={errors.name} />
        <TextField label="Handle" value={values.handle} onChange={(handle) => setValues((v) => ({ ...v, handle }))} error={errors.handle} />
        <CheckboxField
          label="Two-step confirmation"
          checked={values.twoStep}
          onChange={(twoStep) => setValues((v) => ({ ...v, twoStep }))}
          hint="Agents’ replies wait for a supervisor’s or admin’s approval before they are sent."
        />
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
