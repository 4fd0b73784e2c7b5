import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { formatCount } from '../../../components/format-count.ts';
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
  const { isSuperadmin } = useAccess();
  const [accounts, details] = useQuery(queries.settings.accounts());
  const live = accounts.filter((a) => !a.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
  const deleted = accounts.filter((a) => a.deletedAt).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  return (
    <div className="settings-page">
      <SettingsPageHeader title="Accounts">
        <p>
          Each social account belongs to one team for its whole life; to move one, delete it and add it again in the
          other team. After adding an account, connect it: Parley checks its credentials with the platform.
        </p>
      </SettingsPageHeader>
      <SettingsPanel title="Add an account">
        {/* The quota counts every team's accounts; only the superadmin sees them all. */}
        <AccountCreateForm activeCount={isSuperadmin ? live.length : undefined} />
      </SettingsPanel>
      <SettingsPanel title="Accounts" description={formatCount(live.length, 'account', 'accounts')}>
        <QueryState
          details={details}
          count={live.length}
          what="accounts"
          empty={{ title: 'No accounts yet', body: 'Add the first one above; its messages then reach the team’s Player.' }}
        >
          <ul className="row-list" aria-label="Accounts">
            {live.map((a) => (
              <AccountRow key={a.id} account={a} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
      {deleted.length > 0 && (
        <SettingsPanel
          title="Deleted accounts"
          description="They receive no new messages; their customers and conversations stay readable in the Player."
        >
          <ul className="row-list" aria-label="Deleted accounts">
            {deleted.map((a) => (
              <DeletedAccountRow key={a.id} account={a} />
            ))}
          </ul>
        </SettingsPanel>
      )}
    </div>
  );
}
