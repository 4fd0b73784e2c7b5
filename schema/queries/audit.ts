import { defineQuery } from '@rocicorp/zero';
import { z } from 'zod';
import { can, roles } from '../../permissions/index.ts';
import { zql } from '../schema.ts';
import { AUDIT_MAX, AUDIT_PAGE } from './limits.ts';
import { noRows } from './team-scope.ts';

export const auditArgs = z.object({
  limit: z.number().int().min(1).max(AUDIT_MAX).default(AUDIT_PAGE),
  teamId: z.string().min(1).optional(),
});

/** The roles whose holders manage a team, and so may read its part of the audit log. */
const managerRoles = roles.filter((role) => can(role, 'member.manage'));

/**
 * Recent settings changes, newest first, with who made them and the team they belong to.
 * Access: the superadmin sees all; a team's admins see the rows of that team; others none.
 */
export const recentAudit = defineQuery(auditArgs, ({ args, ctx }) => {
  let q = zql.auditLog.related('actor').related('team').orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(args.limit);
  if (args.teamId) q = q.where('teamId', args.teamId);
  if (!ctx) return noRows(q);
  if (ctx.isSuperadmin) return q;
  return q.whereExists('team', (t) => t.whereExists('members', (m) => m.where('userId', ctx.userID).where('role', 'IN', managerRoles)));
});
