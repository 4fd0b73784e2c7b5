import type { Context, MiddlewareHandler } from 'hono';
import type postgres from 'postgres';
import type { Actor } from '../../permissions/index.ts';
import type { Auth } from '../auth.ts';
import { actorFromHeaders } from '../zero/context.ts';

export type AdminEnv = { Variables: { actor: Actor } };
export type AdminDeps = { auth: Auth; sql: postgres.Sql; publicUrl: string };

/** 401 unless the session belongs to an enabled user, whose roles are then read fresh. */
export function requireActor(deps: AdminDeps): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const actor = await actorFromHeaders(deps.auth, deps.sql, c.req.raw.headers);
    if (!actor) return c.json({ error: 'You are not logged in, or your user is disabled. Log in again.' }, 401);
    c.set('actor', actor);
    await next();
  };
}

export function forbidden(c: Context, error: string) {
  return c.json({ error }, 403);
}
