import { type FormEvent, useState } from 'react';
import { descriptorOf } from '../../../../schema/platforms/index.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { DialogActions } from '../../../components/dialog-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { saveAccountCredentials } from '../admin-api.ts';
import { useFormSubmit } from '../use-form-submit.ts';
import { validate } from '../validate.ts';
import { CredentialRows, type CredentialRow } from './credential-rows.tsx';
import type { SettingsAccount } from './settings-account.ts';

type Props = { account: SettingsAccount; onClose: () => void };

/**
 * Write-only credentials (PUT /api/admin/accounts/:id/credentials): the form starts empty
 * every time and never shows what is stored; only what is entered replaces stored values.
 */
export function AccountCredentialsDialog({ account, onClose }: Props) {
  const [callbackUrl, setCallbackUrl] = useState('');
  const [rows, setRows] = useState<CredentialRow[]>([{ key: '', value: '' }]);
  const { errors, setErrors, busy, send } = useFormSubmit();
  const [saved, setSaved] = useState(false);
  const platform = descriptorOf(account.platform);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const filled = rows.filter((r) => r.key.trim() || r.value);
    if (filled.some((r) => !r.key.trim())) return setErrors({ credentials: 'Give every secret a name.' });
    const body = {
      callbackUrl: callbackUrl.trim() || undefined,
      credentials: filled.length ? Object.fromEntries(filled.map((r) => [r.key.trim(), r.value])) : undefined,
    };
    if (!body.callbackUrl && !body.credentials) {
      return setErrors({ form: platform.callbackUrl ? 'Enter a callback URL or at least one secret.' : 'Enter at least one secret.' });
    }
    const checked = validate(platform.credentials, body);
    if (!checked.ok) return setErrors(checked.errors);
    const sent = await send(
      () => saveAccountCredentials(account.id, checked.data),
      (refusal) => ({ [refusal.field === 'callbackUrl' ? 'callbackUrl' : 'form']: refusal.message }),
    );
    if (!sent) return;
    setCallbackUrl('');
    setRows([{ key: '', value: '' }]);
    setSaved(true);
  }

  return (
    <Dialog title={`Credentials of ${account.name}`} size="medium" onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <p className="note">
          Stored values are never shown again, here or anywhere. Enter only what you want to set or replace; the rest
          stays as it is. Then connect the account to check them.
        </p>
        {platform.callbackUrl && (
          <TextField
            label="Callback URL"
            type="url"
            value={callbackUrl}
            onChange={(v) => {
              setCallbackUrl(v);
              setSaved(false);
            }}
            error={errors.callbackUrl}
            hint="Where Parley sends replies for this account, e.g. https://platform.example/parley."
          />
        )}
        <CredentialRows
          rows={rows}
          onChange={(next) => {
            setRows(next);
            setSaved(false);
          }}
          error={errors.credentials}
        />
        <FormError message={errors.form} />
        <p className="form-success" role="status">
          {saved ? 'Saved. The values are stored and will not be shown again.' : ''}
        </p>
        <DialogActions onCancel={onClose} cancelLabel={saved ? 'Close' : 'Cancel'} busy={busy} busyLabel="Saving…">
          Save credentials
        </DialogActions>
      </form>
    </Dialog>
  );
}
