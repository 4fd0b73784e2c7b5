import { type Context, Hono } from 'hono';
import { canInTeam } from '../../permissions/index.ts';
import { descriptorOf } from '../../schema/platforms/index.ts';
import type { Platform } from '../../schema/schema.ts';
import { checkOutboundUrl } from '../net/outbound-url.ts';
import { type AdminDeps, type AdminEnv, forbidden } from './admin-actor.ts';
import { insertAudit } from './audit-sql.ts';
import { badRequest, readBody } from './read-body.ts';

type AccountRow = { id: string; team_id: string; platform: Platform; deleted_at: Date | null; webhook_secret: string | null };

/**
 * The account, or the refusal: 404 for accounts of teams the user is not in (as for any row
 * they cannot see, ORG-8), 403 for members without the right to manage accounts.
 */
async function manageableAccount(c: Context<AdminEnv>, deps: AdminDeps): Promise<AccountRow | Response> {
  const [account] = await deps.sql<AccountRow[]>`
    SELECT a.id, a.team_id, a.platform, a.deleted_at, s.webhook_secret
    FROM account a LEFT JOIN account_secret s ON s.account_id = a.id WHERE a.id = ${c.req.param('id') ?? ''}`;
  const actor = c.get('actor');
  if (!account || !canInTeam(actor, account.team_id, 'message.read')) {
    return c.json({ error: 'No account with this id. It may belong to a team you are not in; reload the page.' }, 404);
  }
  if (!canInTeam(actor, account.team_id, 'account.manage')) {
    return forbidden(c, 'Only an admin of this team or a superadmin can manage its accounts. Ask an admin of the team.');
  }
  return account;
}

/** Secrets of accounts (ORG-3): written here, never synced. Access: the team's admins and the superadmin. */
export function accountAdminRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();

  /** PUT /api/admin/accounts/:id/credentials {callbackUrl?, credentials?} → 204; keys given replace those stored. */
  app.put('/:id/credentials', async (c) => {
    const account = await manageableAccount(c, deps);
    if (account instanceof Response) return account;
    const body = await readBody(c, descriptorOf(account.platform).credentials);
    if (body instanceof Response) return body;
    if (account.deleted_at) return badRequest(c, 'This account was deleted, so its credentials can no longer be changed.');
    if (body.callbackUrl === undefined && body.credentials === undefined) {
      return badRequest(c, 'Nothing to save: enter a callback URL or credentials.');
    }
    // Refused here so the admin hears it at once; safeFetch checks the resolved address again on every call.
    const urlProblem = body.callbackUrl === undefined ? undefined : checkOutboundUrl(body.callbackUrl, { label: 'The callback URL' });
    if (urlProblem) return badRequest(c, urlProblem, 'callbackUrl');
    const changed = [
      ...(body.callbackUrl !== undefined ? ['callbackUrl'] : []),
      ...Object.keys(body.credentials ?? {}).map((key) => `credentials.${key}`),
    ];
    await deps.sql.begin(async (tx) => {
      if (body.callbackUrl !== undefined) {
        await tx`UPDATE account_secret SET callback_url = ${body.callbackUrl} WHERE account_id = ${account.id}`;
      }
      if (body.credentials !== undefined) {
        await tx`UPDATE account_secret SET credentials = credentials || ${tx.json(body.credentials)} WHERE account_id = ${account.id}`;
      }
      // Which fields changed, never their values.
      const entry = { action: 'account.setCredentials', entity: 'account', entityId: account.id, teamId: account.team_id };
      await insertAudit(tx, c.get('actor').userID, { ...entry, after: { changed } });
    });
    return c.body(null, 204);
  });

  /** GET /api/admin/accounts/:id/webhook → {url, secret}: what the platform needs to send messages in. */
  app.get('/:id/webhook', async (c) => {
    const account = await manageableAccount(c, deps);
    if (account instanceof Response) return account;
    const { webhook, label } = descriptorOf(account.platform);
    if (webhook !== 'signed-secret' || !account.webhook_secret) {
      return badRequest(c, `${label} accounts do not use Parley’s signed webhook; they will connect through the ${label} connector.`);
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ url: `${deps.publicUrl.replace(/\/+$/, '')}/webhooks/${account.platform}/${account.id}`, secret: account.webhook_secret });
  });

  return app;
}
