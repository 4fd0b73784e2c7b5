import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('settings');
  const [callbackUrl, setCallbackUrl] = useState('');
  const [rows, setRows] = useState<CredentialRow[]>([{ key: '', value: '' }]);
  const { errors, setErrors, busy, send } = useFormSubmit();
  const [saved, setSaved] = useState(false);
  const platform = descriptorOf(account.platform);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const filled = rows.filter((r) => r.key.trim() || r.value);
    if (filled.some((r) => !r.key.trim())) return setErrors({ credentials: t('accounts.secrets.nameEach') });
    const body = {
      callbackUrl: callbackUrl.trim() || undefined,
      credentials: filled.length ? Object.fromEntries(filled.map((r) => [r.key.trim(), r.value])) : undefined,
    };
    if (!body.callbackUrl && !body.credentials) {
      return setErrors({ form: platform.callbackUrl ? t('accounts.secrets.nothing') : t('accounts.secrets.noSecret') });
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
    <Dialog title={t('accounts.credentialsTitle', { name: account.name })} size="medium" onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <p className="note">{t('accounts.credentialsNote')}</p>
        {platform.callbackUrl && (
          <TextField
            label={t('accounts.callbackUrl')}
            type="url"
            value={callbackUrl}
            onChange={(v) => {
              setCallbackUrl(v);
              setSaved(false);
            }}
            error={errors.callbackUrl}
            hint={t('accounts.callbackHint')}
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
          {saved ? t('accounts.credentialsSaved') : ''}
        </p>
        <DialogActions onCancel={onClose} cancelLabel={saved ? t('common:close') : t('common:cancel')} busy={busy} busyLabel={t('common:saving')}>
          {t('accounts.saveCredentials')}
        </DialogActions>
      </form>
    </Dialog>
  );
}
