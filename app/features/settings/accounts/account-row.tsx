import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { descriptorOf } from '../../../../schema/platforms/index.ts';
import { BusyButton } from '../../../components/busy-button.tsx';
import { reasonWords } from '../../../i18n/reason-words.ts';
import { PlatformBadge } from '../../../components/platform-badge.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import { AccountCredentialsDialog } from './account-credentials-dialog.tsx';
import { AccountDeleteDialog } from './account-delete-dialog.tsx';
import { AccountEditDialog } from './account-edit-dialog.tsx';
import { AccountOrigin } from './account-origin.tsx';
import { ConnectionBadge } from './connection-badge.tsx';
import type { SettingsAccount } from './settings-account.ts';
import { WebhookDetails } from './webhook-details.tsx';

type Props = { account: SettingsAccount };
type Open = 'edit' | 'credentials' | 'delete' | undefined;

/** One live account: platform, team, connection state with the platform's reason, and its actions. */
export function AccountRow({ account }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  const [open, setOpen] = useState<Open>();
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<string>();

  async function connect() {
    setConnecting(true);
    setError(undefined);
    const outcome = await run(mutators.account.connect({ id: account.id }));
    setConnecting(false);
    if (!outcome.ok) setError(outcome.message);
  }

  const close = () => setOpen(undefined);
  return (
    <li data-account-id={account.id} data-testid="account-row" aria-label={account.name}>
      <div className="row account-row">
        <PlatformBadge platform={account.platform} size="large" />
        <div className="row__main cell-main">
          <span className="cell-main__title">
            {account.name}
            <ConnectionBadge state={account.connectionState} />
          </span>
          <span className="cell-main__sub">
            <AccountOrigin account={account} />
          </span>
          {account.connectionState === 'failed' && account.connectionError && (
            <span className="account-row__reason">{reasonWords(account.connectionError)}</span>
          )}
        </div>
        <div className="cell-actions">
          <BusyButton
            className="button button--secondary button--small"
            busy={connecting}
            busyLabel={t('accounts.connecting')}
            onClick={() => void connect()}
          >
            {account.connectionState === 'connected' ? t('accounts.checkConnection') : t('accounts.connect')}
          </BusyButton>
          <button type="button" className="button button--ghost button--small" onClick={() => setOpen('edit')}>
            {t('edit')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setOpen('credentials')}>
            {t('accounts.credentials')}
          </button>
          <button type="button" className="button button--danger-ghost button--small" onClick={() => setOpen('delete')}>
            {t('delete')}
          </button>
        </div>
      </div>
      {/* Only platforms the admin points at Parley's signed webhook need its URL and secret. */}
      {descriptorOf(account.platform).webhook === 'signed-secret' && <WebhookDetails accountId={account.id} />}
      {error && (
        <p className="row-error" role="alert">
          {error}
        </p>
      )}
      {open === 'edit' && <AccountEditDialog account={account} onClose={close} />}
      {open === 'credentials' && <AccountCredentialsDialog account={account} onClose={close} />}
      {open === 'delete' && <AccountDeleteDialog account={account} onClose={close} />}
    </li>
  );
}
