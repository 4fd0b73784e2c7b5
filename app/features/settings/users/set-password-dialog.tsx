import { type FormEvent, useState } from 'react';
import { setPasswordBody } from '../../../../schema/mutators/settings-args.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { setUserPassword } from '../admin-api.ts';
import { type FieldErrors, validate } from '../validate.ts';
import type { SettingsUser } from './users-table.tsx';

type Props = { user: SettingsUser; onClose: () => void };

/** ORG-6: an admin sets a user's password (REST; it never goes through the sync layer). */
export function SetPasswordDialog({ user, onClose }: Props) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(setPasswordBody, { password });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const result = await setUserPassword(user.id, checked.data.password);
    setBusy(false);
    if (!result.ok) return setErrors({ [result.field === 'password' ? 'password' : 'form']: result.message });
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
              {busy ? 'Saving…' : 'Set password'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
