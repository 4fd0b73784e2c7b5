import { Hono } from 'hono';
import { canManageGlobalSettings } from '../../permissions/index.ts';
import { GLOBAL_SETTINGS_DENIED } from '../../schema/mutators/actor.ts';
import { createUserBody, setPasswordBody } from '../../schema/mutators/settings-args.ts';
import { type AdminDeps, type AdminEnv, forbidden } from './admin-actor.ts';
import { createUser } from './create-user.ts';
import { readBody } from './read-body.ts';
import { setPassword } from './set-password.ts';

/** Users whose passwords never travel through the sync layer. Access: the superadmin. */
export function userAdminRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();

  /** POST /api/admin/users {email, name, password} → 201 {id}; 409 when the email is taken. */
  app.post('/', async (c) => {
    const actor = c.get('actor');
    if (!canManageGlobalSettings(actor)) return forbidden(c, GLOBAL_SETTINGS_DENIED);
    const body = await readBody(c, createUserBody);
    if (body instanceof Response) return body;
    const created = await createUser(deps.sql, { ...body, actorId: actor.userID });
    if (!created.ok) return c.json({ error: created.error, field: 'email' }, 409);
    return c.json({ id: created.id }, 201);
  });

  /** POST /api/admin/users/:id/password {password} → 204; the user's other sessions end. */
  app.post('/:id/password', async (c) => {
    const actor = c.get('actor');
    if (!canManageGlobalSettings(actor)) return forbidden(c, GLOBAL_SETTINGS_DENIED);
    const body = await readBody(c, setPasswordBody);
    if (body instanceof Response) return body;
    const userId = c.req.param('id');
    // Setting one's own password keeps the session doing it; every other one ends.
    const own = userId === actor.userID ? await deps.auth.api.getSession({ headers: c.req.raw.headers }) : null;
    const result = await setPassword(deps.sql, { userId, password: body.password, actorId: actor.userID, keepSessionId: own?.session.id });
    if (result === 'not-found') return c.json({ error: 'No user with this id. Reload the list of users.' }, 404);
    return c.body(null, 204);
  });

  return app;
}
