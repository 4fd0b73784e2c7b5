import { ErrorNotice } from '../../../components/error-notice.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { useAppConfig } from '../use-app-config.ts';
import { ConfigForm } from './config-form.tsx';

/** PLY-4, ORG-4, superadmin: Player mode, allowed platforms, account quota, images. */
export function ConfigPage() {
  const [config, details] = useAppConfig();
  return (
    <div className="settings-page">
      <SettingsPageHeader title="Configuration">
        <p>Settings for the whole of Parley. A saved change reaches everyone at once, without reloading.</p>
      </SettingsPageHeader>
      {config ? (
        <ConfigForm config={config} />
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
