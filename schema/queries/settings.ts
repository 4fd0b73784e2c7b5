import { defineQuery } from '@rocicorp/zero';
import { z } from 'zod';
import { idArg, noArgs, queryArgs } from '../args.ts';
import { zql } from '../schema.ts';
import { SETTINGS_ACCOUNTS_MAX, SETTINGS_MEMBERS_MAX, SETTINGS_TEAMS_MAX, SETTINGS_USERS_MAX } from './limits.ts';
import { noRows, teamScoped } from './team-scope.ts';

/**
 * Teams with their members and each member's user, by name.
 * Access: superadmins see every team; anyone else the teams they are a member of.
 */
export const settingsTeams = defineQuery(noArgs, ({ ctx }) => {
  const q = zql.team.related('members', (m) => m.related('user')).orderBy('name', 'asc').limit(SETTINGS_TEAMS_MAX);
  return ctx ? q.whereExists('access', (a) => a.where('userId', ctx.userID)) : noRows(q);
});

/**
 * Every user with their memberships in the teams the reader may see, by name.
 * Access: superadmins, and admins of any team (they pick users to add); others no rows.
 * Both are replicated grants (directory_access), so a demotion empties the list at once.
 */
export const settingsUsers = defineQuery(noArgs, ({ ctx }) => {
  const users = zql.profile.orderBy('name', 'asc').orderBy('id', 'asc').limit(SETTINGS_USERS_MAX);
  if (!ctx) return noRows(users.related('memberships'));
  const me = ctx.userID;
  return users
    .whereExists('directoryAccess', (d) => d.where('userId', me))
    .related('memberships', (m) => m.related('team').whereExists('team', (t) => t.whereExists('access', (a) => a.where('userId', me))));
});

export const membersArgs = queryArgs(z.object({ teamId: idArg }));

/**
 * One team's members with their user.
 * Access: members of that team, and superadmins.
 */
export const settingsMembers = defineQuery(membersArgs, ({ args, ctx }) => {
  const q = zql.teamMember.related('user').orderBy('createdAt', 'asc').limit(SETTINGS_MEMBERS_MAX);
  if (!ctx || !args) return noRows(q);
  return q.where('teamId', args.teamId).whereExists('team', (t) => t.whereExists('access', (a) => a.where('userId', ctx.userID)));
});

/**
 * Accounts in Settings, deleted ones included, with their team, by name.
 * Access: members of the owning team, and superadmins.
 */
export const settingsAccounts = defineQuery(noArgs, ({ ctx }) =>
  teamScoped(zql.account, ctx).related('team').orderBy('name', 'asc').orderBy('id', 'asc').limit(SETTINGS_ACCOUNTS_MAX),
);
