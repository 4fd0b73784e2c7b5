import { defineQuery } from '@rocicorp/zero';
import { noArgs } from '../args.ts';
import { zql } from '../schema.ts';
import { ACCOUNTS_MAX } from './limits.ts';
import { noRows, teamScoped } from './team-scope.ts';

/**
 * The logged-in user's own profile with their teams and roles.
 * Access: only the user themself.
 */
export const currentUser = defineQuery(noArgs, ({ ctx }) => {
  const q = zql.profile.related('memberships', (m) => m.related('team'));
  return (ctx ? q.where('id', ctx.userID) : noRows(q)).one();
});

/**
 * Accounts the user can see, live ones first by name.
 * Access: members of the owning team, and superadmins.
 */
export const visibleAccounts = defineQuery(noArgs, ({ ctx }) =>
  teamScoped(zql.account, ctx).related('team').orderBy('name', 'asc').limit(ACCOUNTS_MAX),
);
