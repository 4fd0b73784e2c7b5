import { useTranslation } from 'react-i18next';
import { type FormEvent, useState } from 'react';
import { setPasswordBody } from '../../../../schema/mutators/settings-args.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { DialogActions } from '../../../components/dialog-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { setUserPassword } from '../admin-api.ts';
import { useFormSubmit } from '../use-form-submit.ts';
import { validate } from '../validate.ts';
import type { SettingsUser } from './users-table.tsx';

type Props = { user: SettingsUser; onClose: () => void };

/** ORG-6: an admin sets a user's password (REST; it never goes through the sync layer). */
export function SetPasswordDialog({ user, onClose }: Props) {
  const { t } = useTranslation('settings');
  const [password, setPassword] = useState('');
  const { errors, setErrors, busy, send } = useFormSubmit();
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(setPasswordBody, { password });
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => setUserPassword(user.id, checked.data.password),
      (refusal) => ({ [refusal.field === 'password' ? 'password' : 'form']: refusal.message }),
    );
    if (!sent) return;
    setPassword('');
    setDone(true);
  }

  return (
    <Dialog title={t('users.passwordTitle', { name: user.name })} onClose={onClose}>
      {done ? (
        <>
          <p className="form-success" role="status">
            {t('users.passwordSaved', { name: user.name })}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('done')}
            </button>
          </div>
        </>
      ) : (
        <form className="dialog__form" onSubmit={onSubmit} noValidate>
          <TextField
            label={t('users.newPassword')}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            hint={t('users.newPasswordHint')}
          />
          <FormError message={errors.form} />
          <DialogActions onCancel={onClose} busy={busy} busyLabel={t('common:saving')}>
            {t('users.setPassword')}
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
