import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { getAccountWebhook, type WebhookDetails as Details } from '../admin-api.ts';

type Props = { accountId: string };

/** The account's webhook URL and signing secret, fetched only when a person asks for them. */
export function WebhookDetails({ accountId }: Props) {
  const { t } = useTranslation('settings');
  const [details, setDetails] = useState<Details>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function reveal() {
    setBusy(true);
    setError(undefined);
    const result = await getAccountWebhook(accountId);
    setBusy(false);
    if (result.ok) setDetails(result.data);
    else setError(result.message);
  }

  if (!details) {
    return (
      <div className="webhook">
        <button type="button" className="link-button" onClick={() => void reveal()} disabled={busy} aria-expanded={false}>
          {busy ? t('accounts.webhook.loading') : t('accounts.webhook.show')}
        </button>
        {error && (
          <span className="field__error" role="alert">
            {' '}
            {error}
          </span>
        )}
      </div>
    );
  }
  return (
    <div className="webhook is-open" id={id}>
      <button type="button" className="link-button" onClick={() => setDetails(undefined)} aria-expanded={true}>
        {t('accounts.webhook.hide')}
      </button>
      <dl className="webhook__details" data-testid="webhook-details">
        <dt>{t('accounts.webhook.url')}</dt>
        <dd>
          <code>{details.url}</code>
        </dd>
        <dt>{t('accounts.webhook.secret')}</dt>
        <dd>
          <code>{details.secret}</code>
        </dd>
      </dl>
      <p className="field__hint">{t('accounts.webhook.hint')}</p>
    </div>
  );
}
