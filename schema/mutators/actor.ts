import type { Transaction } from '@rocicorp/zero';
import { type Actor, AccessDeniedError } from '../../permissions/index.ts';
import type { Context } from '../context.ts';
import { zql } from '../schema.ts';

/**
 * Reads who is acting from the transaction: Postgres on the server (the truth), the local
 * replica on the client (for the optimistic guess). Never from what the client claims.
 */
export async function loadActor(tx: Transaction, ctx: Context): Promise<Actor> {
  if (!ctx) throw new AccessDeniedError('You are not logged in. Log in and try again.');
  const profile = await tx.run(zql.profile.where('id', ctx.userID).related('memberships').one());
  if (!profile || profile.disabledAt) {
    throw new AccessDeniedError('Your user is disabled. Ask a superadmin to enable it.');
  }
  return {
    userID: profile.id,
    isSuperadmin: profile.isSuperadmin,
    disabled: false,
    roles: new Map(profile.memberships.map((m) => [m.teamId, m.role])),
  };
}
