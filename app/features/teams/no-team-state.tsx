import { EmptyState } from '../../components/empty-state.tsx';

/**
 * ORG-8's home for a user in no team. Test hook: the heading's text is exactly
 * "You are not in any team yet" (and data-testid="no-team").
 */
export function NoTeamState() {
  return (
    <div className="page-center">
      <EmptyState level={1} title="You are not in any team yet" testId="no-team" icon={<TeamIcon />}>
        <p>
          In Parley, accounts, customers and messages are visible only to the members of the team that owns them, so
          there is nothing to show you yet.
        </p>
        <p>
          Ask a superadmin, or an admin of the team you work with, to add you to the team. As soon as you are added,
          the team’s messages appear here without reloading.
        </p>
      </EmptyState>
    </div>
  );
}

function TeamIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6">
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 19c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5" strokeLinecap="round" />
      <circle cx="17" cy="9" r="2.4" />
      <path d="M16 13.6c2.8 0 5 1.8 5 4.6" strokeLinecap="round" />
    </svg>
  );
}
