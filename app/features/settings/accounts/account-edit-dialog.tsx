import { useTranslation } from 'react-i18next';
import { type FormEvent, useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { updateAccountArgs } from '../../../../schema/mutators/settings-args.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { DialogActions } from '../../../components/dialog-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormValues } from '../../../hooks/use-form-values.ts';
import { useRunMutation } from '../use-run-mutation.ts';
import { type FieldErrors, refusalErrors, validate } from '../validate.ts';
import type { SettingsAccount } from './settings-account.ts';

type Props = { account: SettingsAccount; onClose: () => void };

/** Name and handle; the team and platform never change (two-step approval is not built yet). */
export function AccountEditDialog({ account, onClose }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const { values, set } = useFormValues({ name: account.name, handle: account.handle });
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
    <Dialog title={t('accounts.editTitle', { name: account.name })} onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <TextField label={t('accounts.name')} value={values.name} onChange={set('name')} error={errors.name} />
        <TextField label={t('accounts.handle')} value={values.handle} onChange={set('handle')} error={errors.handle} />
        <FormError message={errors.form} />
        <DialogActions onCancel={onClose} busy={busy} busyLabel={t('common:saving')}>
          {t('saveChanges')}
        </DialogActions>
      </form>
    </Dialog>
  );
}
