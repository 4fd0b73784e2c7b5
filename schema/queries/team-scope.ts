import type { Query } from '@rocicorp/zero';
import { can, roles } from '../../permissions/index.ts';
import type { Context } from '../context.ts';
import type { Schema } from '../schema.ts';

/** Tables whose rows belong to one team and carry the `access` relationship. */
export type TeamOwnedTable = 'account' | 'customer' | 'ticket' | 'message';

/** A query that can never return a row: how a read is denied. */
export function noRows<T extends keyof Schema['tables'] & string, R>(q: Query<T, Schema, R>): Query<T, Schema, R> {
  return q.where(({ or }) => or());
}

/** The grants of team_access that let their holder manage a team (its audit rows, its members' teams). */
export const managerGrants = [...roles.filter((role) => can(role, 'member.manage')), 'superadmin' as const];

/**
 * ORG-8's read rule: a team-owned row is visible to members of its team and to superadmins.
 * Both facts are rows of team_access that the query itself joins, so a removed member or a
 * demoted superadmin loses the rows as soon as the change replicates. The context's own
 * flags are never consulted: a browser may omit them, and they are only as fresh as the
 * last time zero-cache re-asked the server.
 */
export function teamScoped<T extends TeamOwnedTable, R>(q: Query<T, Schema, R>, ctx: Context): Query<T, Schema, R> {
  if (!ctx) return noRows(q);
  // The four team-owned tables share the shape of `access`; TypeScript cannot see that
  // through the union, hence the cast.
  const scoped = (q as unknown as Query<'message', Schema, R>).whereExists('access', (a) => a.where('userId', ctx.userID));
  return scoped as unknown as Query<T, Schema, R>;
}
