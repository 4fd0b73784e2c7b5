import type postgres from 'postgres';
import { can, type Role } from '../../permissions/index.ts';
import type { Context } from '../../schema/context.ts';
import type { Auth } from '../auth.ts';

/**
 * The only way a request gets a Context: from the better-auth session cookie (forwarded
 * by zero-cache) and the profile row in Postgres. Disabled users get none.
 */
export async function contextFromHeaders(auth: Auth, sql: postgres.Sql, headers: Headers): Promise<Context> {
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  const [profile] = await sql<{ is_superadmin: boolean; disabled_at: Date | null; roles: Role[] }[]>`
    SELECT is_superadmin, disabled_at, array(SELECT role FROM team_member WHERE user_id = profile.id) AS roles
    FROM profile WHERE id = ${session.user.id}`;
  if (!profile || profile.disabled_at) return undefined;
  const isTeamAdmin = profile.roles.some((role) => can(role, 'member.manage'));
  return { userID: session.user.id, isSuperadmin: profile.is_superadmin, isTeamAdmin };
}
