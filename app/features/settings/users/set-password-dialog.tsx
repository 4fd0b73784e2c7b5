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
    <Dialog title={`Set a password for ${user.name}`} onClose={onClose}>
      {done ? (
        <>
          <p className="form-success" role="status">
            Password saved. {user.name} logs in with it from now on; tell them yourself.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <form className="dialog__form" onSubmit={onSubmit} noValidate>
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            hint="At least 8 characters. Their current password stops working."
          />
          <FormError message={errors.form} />
          <DialogActions onCancel={onClose} busy={busy} busyLabel="Saving…">
            Set password
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
