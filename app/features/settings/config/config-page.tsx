import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { ErrorNotice } from '../../../components/error-notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { useAppConfig } from '../use-app-config.ts';
import { ConfigForm } from './config-form.tsx';

/** Superadmin: allowed platforms and the account quota, for the whole of Parley. */
export function ConfigPage() {
  const [config, details] = useAppConfig();
  // Only superadmins reach this page, and they see every team's accounts: the quota's count.
  const [accounts, accountDetails] = useQuery(queries.settings.accounts());
  const inUse = accountDetails.type === 'complete' ? accounts.filter((a) => !a.deletedAt).length : undefined;
  return (
    <div className="settings-page">
      <SettingsPageHeader title="Configuration">
        <p>Settings for the whole of Parley. A saved change reaches everyone at once, without reloading.</p>
      </SettingsPageHeader>
      {config ? (
        <ConfigForm config={config} accountsInUse={inUse} />
      ) : details.type === 'error' ? (
        <ErrorNotice title="The configuration could not load" message={details.error.message} onRetry={details.retry} />
      ) : details.type === 'complete' ? (
        <ErrorNotice title="There is no configuration yet" message="The server creates it at start-up; restart it, then reload." />
      ) : (
        <LoadingState label="Loading the configuration…" />
      )}
    </div>
  );
}
