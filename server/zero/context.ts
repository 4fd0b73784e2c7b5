import type postgres from 'postgres';
import type { Context } from '../../schema/context.ts';
import type { Auth } from '../auth.ts';

/** The server's context always says whether the user is superadmin (the admin API reads it). */
export type ServerContext = NonNullable<Context> & { isSuperadmin: boolean };

/**
 * The only way a request gets a Context: from the better-auth session cookie (forwarded
 * by zero-cache) and the profile row in Postgres. Disabled users get none. Roles are not
 * part of it: queries join replicated grants and mutators read Postgres, both always fresh.
 */
export async function contextFromHeaders(auth: Auth, sql: postgres.Sql, headers: Headers): Promise<ServerContext | undefined> {
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  const [profile] = await sql<{ is_superadmin: boolean; disabled_at: Date | null }[]>`
    SELECT is_superadmin, disabled_at FROM profile WHERE id = ${session.user.id}`;
  if (!profile || profile.disabled_at) return undefined;
  return { userID: session.user.id, isSuperadmin: profile.is_superadmin };
}
