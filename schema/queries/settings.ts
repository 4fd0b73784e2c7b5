import { defineQuery } from '@rocicorp/zero';
import { z } from 'zod';
import { zql } from '../schema.ts';
import { SETTINGS_ACCOUNTS_MAX, SETTINGS_MEMBERS_MAX, SETTINGS_TEAMS_MAX, SETTINGS_USERS_MAX } from './limits.ts';
import { noRows, teamScoped } from './team-scope.ts';

/**
 * Teams with their members and each member's user, by name.
 * Access: the superadmin sees every team; anyone else the teams they are a member of.
 */
export const settingsTeams = defineQuery(z.undefined().optional(), ({ ctx }) => {
  const q = zql.team.related('members', (m) => m.related('user')).orderBy('name', 'asc').limit(SETTINGS_TEAMS_MAX);
  if (!ctx) return noRows(q);
  return ctx.isSuperadmin ? q : q.whereExists('members', (m) => m.where('userId', ctx.userID));
});

/**
 * Every user with their memberships (for a team admin: only in teams they belong to), by name.
 * Access: the superadmin, and admins of any team (they pick users to add); others no rows.
 */
export const settingsUsers = defineQuery(z.undefined().optional(), ({ ctx }) => {
  const users = zql.profile.orderBy('name', 'asc').orderBy('id', 'asc').limit(SETTINGS_USERS_MAX);
  const all = users.related('memberships', (m) => m.related('team'));
  if (!ctx) return noRows(all);
  // The server always sets isTeamAdmin. A browser whose context does not say shows what the
  // server synced for this query, which the rules below decide.
  if (ctx.isSuperadmin || ctx.isTeamAdmin === undefined) return all;
  if (!ctx.isTeamAdmin) return noRows(all);
  return users.related('memberships', (m) =>
    m.related('team').whereExists('team', (t) => t.whereExists('members', (mm) => mm.where('userId', ctx.userID))),
  );
});

export const membersArgs = z.object({ teamId: z.string().min(1) });

/**
 * One team's members with their user.
 * Access: members of that team, and the superadmin.
 */
export const settingsMembers = defineQuery(membersArgs, ({ args, ctx }) => {
  const q = zql.teamMember.where('teamId', args.teamId).related('user').orderBy('createdAt', 'asc').limit(SETTINGS_MEMBERS_MAX);
  if (!ctx) return noRows(q);
  if (ctx.isSuperadmin) return q;
  return q.whereExists('team', (t) => t.whereExists('members', (m) => m.where('userId', ctx.userID)));
});

/**
 * Accounts in Settings, deleted ones included, with their team, by name.
 * Access: members of the owning team, and the superadmin.
 */
export const settingsAccounts = defineQuery(z.undefined().optional(), ({ ctx }) =>
  teamScoped(zql.account, ctx).related('team').orderBy('name', 'asc').orderBy('id', 'asc').limit(SETTINGS_ACCOUNTS_MAX),
);
