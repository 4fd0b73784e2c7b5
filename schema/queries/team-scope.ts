import type { Query } from '@rocicorp/zero';
import type { Context } from '../context.ts';
import type { Schema } from '../schema.ts';

/** Tables whose rows belong to one team and carry the `members` relationship. */
export type TeamOwnedTable = 'account' | 'customer' | 'ticket' | 'message';

/** A query that can never return a row: how a read is denied. */
export function noRows<T extends keyof Schema['tables'] & string, R>(q: Query<T, Schema, R>): Query<T, Schema, R> {
  return q.where(({ or }) => or());
}

/**
 * ORG-8's read rule: a team-owned row is visible to members of its team and to the
 * superadmin. The filter joins team_member inside the query itself, so removing a member
 * removes the rows from their open views as soon as the deletion replicates.
 */
export function teamScoped<T extends TeamOwnedTable, R>(q: Query<T, Schema, R>, ctx: Context): Query<T, Schema, R> {
  if (!ctx) return noRows(q);
  if (ctx.isSuperadmin) return q;
  // The four team-owned tables share the shape of `members`; TypeScript cannot see that
  // through the union, hence the cast.
  const scoped = (q as unknown as Query<'message', Schema, R>).whereExists('members', (m) =>
    m.where('userId', ctx.userID),
  );
  return scoped as unknown as Query<T, Schema, R>;
}
