import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { LockIcon } from './lock-icon.tsx';

/**
 * What an agent or supervisor sees at any /settings address. Test hook: the heading is
 * exactly "You don't have access to settings" (data-testid="no-settings-access").
 */
export function NoSettingsAccess() {
  return (
    <div className="page-center">
      <EmptyState level={1} title="You don't have access to settings" testId="no-settings-access" icon={<LockIcon />}>
        <p>
          Settings are for superadmins and team admins. Your role lets you read and answer your team’s messages, but
          not change teams, users, accounts or configuration.
        </p>
        <p>
          If something needs changing, ask a superadmin or an admin of your team. <Link to="/">Back to the Player</Link>.
        </p>
      </EmptyState>
    </div>
  );
}
