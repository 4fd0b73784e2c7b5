import type { Context, MiddlewareHandler } from 'hono';
import type postgres from 'postgres';
import type { Actor, Role } from '../../permissions/index.ts';
import type { Auth } from '../auth.ts';
import { contextFromHeaders } from '../zero/context.ts';

export type AdminEnv = { Variables: { actor: Actor } };
export type AdminDeps = { auth: Auth; sql: postgres.Sql; publicUrl: string };

/** 401 unless the session belongs to an enabled user, whose roles are then read fresh. */
export function requireActor(deps: AdminDeps): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const ctx = await contextFromHeaders(deps.auth, deps.sql, c.req.raw.headers);
    if (!ctx) return c.json({ error: 'You are not logged in, or your user is disabled. Log in again.' }, 401);
    const rows = await deps.sql<{ team_id: string; role: Role }[]>`SELECT team_id, role FROM team_member WHERE user_id = ${ctx.userID}`;
    c.set('actor', { userID: ctx.userID, isSuperadmin: ctx.isSuperadmin, disabled: false, roles: new Map(rows.map((r) => [r.team_id, r.role])) });
    await next();
  };
}

export function forbidden(c: Context, error: string) {
  return c.json({ error }, 403);
}
