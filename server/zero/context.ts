import type postgres from 'postgres';
import { type Actor, actorOf, type Role } from '../../permissions/index.ts';
import type { Context } from '../../schema/context.ts';
import type { Auth } from '../auth.ts';

/** The server's context always says whether the user is superadmin (the admin API reads it). */
export type ServerContext = NonNullable<Context> & { isSuperadmin: boolean };

/**
 * The server's one actor loader: the profile and its team roles from Postgres in one query,
 * built by the same `actorOf` the mutators use. Undefined for an unknown user.
 */
export async function loadActor(sql: postgres.Sql, userID: string): Promise<Actor | undefined> {
  const [row] = await sql<{ is_superadmin: boolean; disabled_at: Date | null; memberships: { teamId: string; role: Role }[] }[]>`
    SELECT p.is_superadmin, p.disabled_at,
           COALESCE((SELECT json_agg(json_build_object('teamId', m.team_id, 'role', m.role))
                     FROM team_member m WHERE m.user_id = p.id), '[]') AS memberships
    FROM profile p WHERE p.id = ${userID}`;
  if (!row) return undefined;
  return actorOf({ id: userID, isSuperadmin: row.is_superadmin, disabledAt: row.disabled_at }, row.memberships);
}

/** The enabled actor behind a request's better-auth session cookie; undefined otherwise. */
export async function actorFromHeaders(auth: Auth, sql: postgres.Sql, headers: Headers): Promise<Actor | undefined> {
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  const actor = await loadActor(sql, session.user.id);
  return actor && !actor.disabled ? actor : undefined;
}

/**
 * The only way a request gets a Context: from the session cookie (forwarded by zero-cache)
 * and the actor loaded above. Disabled users get none. Roles are not part of it: queries join
 * replicated grants and mutators read Postgres, both always fresh.
 */
export async function contextFromHeaders(auth: Auth, sql: postgres.Sql, headers: Headers): Promise<ServerContext | undefined> {
  const actor = await actorFromHeaders(auth, sql, headers);
  return actor && { userID: actor.userID, isSuperadmin: actor.isSuperadmin };
}
