import type { Transaction } from '@rocicorp/zero';
import { type Actor, actorOf, type Capability, canInTeam, canManageGlobalSettings } from '../../permissions/index.ts';
import type { Context } from '../context.ts';
import { zql } from '../schema.ts';
import { accessDenied } from './errors.ts';

export const GLOBAL_SETTINGS_DENIED =
  'Only a superadmin can change users, teams, categories, tags, customer types, genders and the configuration. Ask a superadmin.';

/**
 * Reads who is acting from the transaction: Postgres on the server (the truth), the local
 * replica on the client. Never from what the client claims about itself.
 */
async function loadActor(tx: Transaction, ctx: Context): Promise<Actor | undefined> {
  if (!ctx) throw accessDenied('You are not logged in. Log in and try again.');
  const profile = await tx.run(zql.profile.where('id', ctx.userID).related('memberships').one());
  if (!profile) {
    if (tx.location === 'client') return undefined;
    throw accessDenied('Your user was not found. Log in again.');
  }
  const actor = actorOf(profile, profile.memberships);
  if (actor.disabled) throw accessDenied('Your user is disabled. Ask a superadmin to enable it.');
  return actor;
}

/**
 * Loads the actor and applies `allowed`. On the server it is final. On the client it only
 * refuses early when the local replica already knows enough; otherwise the optimistic write
 * goes ahead and the server's refusal rolls it back.
 */
async function check(tx: Transaction, ctx: Context, allowed: (actor: Actor) => boolean, denied: string): Promise<string> {
  const actor = await loadActor(tx, ctx);
  if (!actor) return (ctx as NonNullable<Context>).userID;
  if (!allowed(actor)) throw accessDenied(denied);
  return actor.userID;
}

const DEFAULT_DENIED = 'You do not have access to this. Ask an admin of the team to add you with the right role.';

/** The write check at the top of a team-owned mutator; returns the actor's id. */
export function authorize(tx: Transaction, ctx: Context, teamId: string, capability: Capability, denied = DEFAULT_DENIED): Promise<string> {
  return check(tx, ctx, (actor) => canInTeam(actor, teamId, capability), denied);
}

/** The write check of global settings (superadmin only); returns the actor's id. */
export function authorizeGlobal(tx: Transaction, ctx: Context): Promise<string> {
  return check(tx, ctx, canManageGlobalSettings, GLOBAL_SETTINGS_DENIED);
}

export type RowRefusals = {
  /** For a row that does not exist and for one in a team the actor cannot read: the same words. */
  unavailable: string;
  /** For a row the actor can read but lacks the capability to change. */
  denied: string;
};

/**
 * Authority before existence, for a mutator that names an existing team-owned row: whether
 * the row is absent or in a team the actor may not read, the answer is the same, so an id
 * reveals nothing. Undefined on the client when the row is not loaded (the server decides).
 */
export async function authorizeRow<R extends { teamId: string }>(
  tx: Transaction,
  ctx: Context,
  row: R | undefined,
  capability: Capability,
  refusals: RowRefusals,
): Promise<{ row: R; actor: Actor | undefined; actorId: string } | undefined> {
  const actor = await loadActor(tx, ctx);
  if (!row) {
    if (tx.location === 'client') return undefined;
    throw accessDenied(refusals.unavailable);
  }
  if (!actor) return { row, actor, actorId: (ctx as NonNullable<Context>).userID };
  if (!canInTeam(actor, row.teamId, 'message.read')) throw accessDenied(refusals.unavailable);
  if (!canInTeam(actor, row.teamId, capability)) throw accessDenied(refusals.denied);
  return { row, actor, actorId: actor.userID };
}

/** The words for a team-owned row that is absent or not the actor's to see. */
export const unavailable = (what: string) =>
  `That ${what} does not exist or is not in one of your teams. Reload the page and try again.`;
