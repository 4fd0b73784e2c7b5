import type { CurrentUser } from './use-current-user.ts';

/** ORG-8: a user in no team sees nothing, except the superadmin who sees every team. */
export function isInNoTeam(user: Pick<CurrentUser, 'isSuperadmin' | 'memberships'>): boolean {
  return !user.isSuperadmin && user.memberships.length === 0;
}
