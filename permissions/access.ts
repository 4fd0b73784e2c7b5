import { type Capability, can, type Role } from './capabilities.ts';

/** What the server knows about the person behind a request, read fresh from Postgres. */
export type Actor = {
  userID: string;
  isSuperadmin: boolean;
  disabled: boolean;
  /** team id -> role in that team */
  roles: ReadonlyMap<string, Role>;
};

/**
 * The one way an Actor is built, from the profile and its memberships however they were read
 * (ZQL in a mutator, SQL in the server's request loader): a disabled profile can do nothing.
 */
export function actorOf(
  profile: { id: string; isSuperadmin: boolean; disabledAt: unknown },
  memberships: readonly { teamId: string; role: Role }[],
): Actor {
  return {
    userID: profile.id,
    isSuperadmin: profile.isSuperadmin,
    disabled: profile.disabledAt !== null && profile.disabledAt !== undefined,
    roles: new Map(memberships.map((m) => [m.teamId, m.role])),
  };
}

/** The superadmin may do everything everywhere; everyone else needs the capability in that team. */
export function canInTeam(actor: Actor | undefined, teamId: string, capability: Capability): boolean {
  if (!actor || actor.disabled) return false;
  if (actor.isSuperadmin) return true;
  return can(actor.roles.get(teamId), capability);
}

/** Global settings (users, teams, taxonomies, configuration) belong to the superadmin alone. */
export function canManageGlobalSettings(actor: Actor | undefined): boolean {
  return !!actor && !actor.disabled && actor.isSuperadmin;
}

/** Teams whose rows the actor may read; `all` for the superadmin. */
export function visibleTeams(actor: Actor | undefined): 'all' | ReadonlySet<string> {
  if (!actor || actor.disabled) return new Set();
  if (actor.isSuperadmin) return 'all';
  return new Set(actor.roles.keys());
}
