import { defineQuery } from '@rocicorp/zero';
import { z } from 'zod';
import { idArg, queryArgs } from '../args.ts';
import { zql } from '../schema.ts';
import { AUDIT_MAX, AUDIT_PAGE } from './limits.ts';
import { managerGrants, noRows } from './team-scope.ts';

export const auditArgs = queryArgs(
  z.object({
    limit: z.number().int().min(1).max(AUDIT_MAX).default(AUDIT_PAGE),
    teamId: idArg.optional(),
  }),
);

/**
 * Recent settings changes, newest first, with who made them and the team they belong to.
 * Access: superadmins see all; a team's admins see the rows of that team; others none.
 * Both read from replicated grants, so a demotion hides the rows at once.
 */
export const recentAudit = defineQuery(auditArgs, ({ args, ctx }) => {
  let q = zql.auditLog.related('actor').related('team').orderBy('createdAt', 'desc').orderBy('id', 'desc');
  q = q.limit(args?.limit ?? AUDIT_PAGE);
  if (!ctx || !args) return noRows(q);
  if (args.teamId) q = q.where('teamId', args.teamId);
  const me = ctx.userID;
  return q.where(({ or, exists }) =>
    or(
      exists('team', (t) => t.whereExists('access', (a) => a.where('userId', me).where('via', 'IN', managerGrants))),
      // Changes of global settings belong to no team: only a superadmin reads them. The
      // actor's profile is merely the path to the one user directory and its grants.
      exists('actor', (p) => p.whereExists('directoryAccess', (d) => d.where('userId', me).where('via', 'superadmin'))),
    ),
  );
});
