import { useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { QueryState } from '../query-state.tsx';
import { useAccess } from '../settings-access-context.ts';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { AccountCreateForm } from './account-create-form.tsx';
import { AccountRow } from './account-row.tsx';
import { DeletedAccountRow } from './deleted-account-row.tsx';

/**
 * ORG-2..5: the accounts of the teams the user administers (all for the superadmin), live:
 * add, connect, edit, credentials, webhook details, delete. Deleted ones stay listed apart.
 */
export function AccountsPage() {
  const { t } = useTranslation('settings');
  const { isSuperadmin } = useAccess();
  const [accounts, details] = useQuery(queries.settings.accounts());
  const live = accounts.filter((a) => !a.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
  const deleted = accounts.filter((a) => a.deletedAt).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  return (
    <div className="settings-page">
      <SettingsPageHeader title={t('accounts.title')}>
        <p>{t('accounts.lead')}</p>
      </SettingsPageHeader>
      <SettingsPanel title={t('accounts.add')}>
        {/* The quota counts every team's accounts; only the superadmin sees them all. */}
        <AccountCreateForm activeCount={isSuperadmin ? live.length : undefined} />
      </SettingsPanel>
      <SettingsPanel title={t('accounts.title')} description={t('accounts.count', { count: live.length })}>
        <QueryState
          details={details}
          count={live.length}
          what="accounts"
          empty={{ title: t('accounts.emptyTitle'), body: t('accounts.emptyBody') }}
        >
          <ul className="row-list" aria-label={t('accounts.title')}>
            {live.map((a) => (
              <AccountRow key={a.id} account={a} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
      {deleted.length > 0 && (
        <SettingsPanel
          title={t('accounts.deletedTitle')}
          description={t('accounts.deletedNote')}
        >
          <ul className="row-list" aria-label={t('accounts.deletedTitle')}>
            {deleted.map((a) => (
              <DeletedAccountRow key={a.id} account={a} />
            ))}
          </ul>
        </SettingsPanel>
      )}
    </div>
  );
}
