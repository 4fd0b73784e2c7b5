import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { LockIcon } from './lock-icon.tsx';
import type { SettingsSection } from './settings-sections.ts';

type Props = { section?: SettingsSection };

/** A section the user may not use (a team admin at /settings/users), or an unknown address. */
export function SectionNotAllowed({ section }: Props) {
  if (!section) {
    return (
      <EmptyState level={1} title="This settings page does not exist">
        <p>The link may be mistyped or out of date. Pick a section on the left.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState level={1} title={`${section.label}: superadmins only`} icon={<LockIcon />} testId="section-not-allowed">
      <p>
        You can manage your own teams’ members, accounts and audit log from the sections on the left. For{' '}
        {section.label.toLowerCase()}, ask a superadmin. <Link to="/settings">Back to settings</Link>.
      </p>
    </EmptyState>
  );
}
