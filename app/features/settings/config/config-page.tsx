import { useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { ErrorNotice } from '../../../components/error-notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { useAppConfig } from '../use-app-config.ts';
import { ConfigForm } from './config-form.tsx';

/** Superadmin: allowed platforms and the account quota, for the whole of Parley. */
export function ConfigPage() {
  const { t } = useTranslation('settings');
  const [config, details] = useAppConfig();
  // Only superadmins reach this page, and they see every team's accounts: the quota's count.
  const [accounts, accountDetails] = useQuery(queries.settings.accounts());
  const inUse = accountDetails.type === 'complete' ? accounts.filter((a) => !a.deletedAt).length : undefined;
  return (
    <div className="settings-page">
      <SettingsPageHeader title={t('config.title')}>
        <p>{t('config.lead')}</p>
      </SettingsPageHeader>
      {config ? (
        <ConfigForm config={config} accountsInUse={inUse} />
      ) : details.type === 'error' ? (
        <ErrorNotice title={t('config.loadFailed')} message={details.error.message} onRetry={details.retry} />
      ) : details.type === 'complete' ? (
        <ErrorNotice title={t('config.missingTitle')} message={t('config.missingBody')} />
      ) : (
        <LoadingState label={t('config.loading')} />
      )}
    </div>
  );
}
