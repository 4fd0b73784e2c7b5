import type { Transaction } from '@rocicorp/zero';
import {
  type Actor,
  AccessDeniedError,
  type Capability,
  canInTeam,
  canManageGlobalSettings,
} from '../../permissions/index.ts';
import type { Context } from '../context.ts';
import { zql } from '../schema.ts';

export const GLOBAL_SETTINGS_DENIED =
  'Only a superadmin can change users, teams, categories, tags, customer types, genders and the configuration. Ask a superadmin.';

/**
 * Reads who is acting from the transaction: Postgres on the server (the truth), the local
 * replica on the client. Never from what the client claims about itself.
 */
async function loadActor(tx: Transaction, ctx: Context): Promise<Actor | undefined> {
  if (!ctx) throw new AccessDeniedError('You are not logged in. Log in and try again.');
  const profile = await tx.run(zql.profile.where('id', ctx.userID).related('memberships').one());
  if (!profile) return undefined;
  if (profile.disabledAt) throw new AccessDeniedError('Your user is disabled. Ask a superadmin to enable it.');
  return {
    userID: profile.id,
    isSuperadmin: profile.isSuperadmin,
    disabled: false,
    roles: new Map(profile.memberships.map((m) => [m.teamId, m.role])),
  };
}

/**
 * Loads the actor and applies `allowed`. On the server it is final. On the client it only
 * refuses early when the local replica already knows enough; otherwise the optimistic write
 * goes ahead and the server's refusal rolls it back.
 */
async function check(tx: Transaction, ctx: Context, allowed: (actor: Actor) => boolean, denied?: string): Promise<string> {
  const actor = await loadActor(tx, ctx);
  if (!actor) {
    if (tx.location === 'client' && ctx) return ctx.userID;
    throw new AccessDeniedError('Your user was not found. Log in again.');
  }
  if (!allowed(actor)) throw new AccessDeniedError(denied);
  return actor.userID;
}

/** The write check at the top of a team-owned mutator; returns the actor's id. */
export function authorize(tx: Transaction, ctx: Context, teamId: string, capability: Capability, denied?: string): Promise<string> {
  return check(tx, ctx, (actor) => canInTeam(actor, teamId, capability), denied);
}

/** The write check of global settings (superadmin only); returns the actor's id. */
export function authorizeGlobal(tx: Transaction, ctx: Context): Promise<string> {
  return check(tx, ctx, canManageGlobalSettings, GLOBAL_SETTINGS_DENIED);
}
