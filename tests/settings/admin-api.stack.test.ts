import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAccountOf, createUser } from '../support/demo.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { signIn, type TestSession } from '../support/zero-client.ts';

// The admin API: what travels only over HTTPS, never through sync (ORG-3, ORG-6).
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
let boss: TestSession;
let restoreBaseline: () => Promise<void>;

beforeAll(async () => {
  restoreBaseline = await keepBaseline(sql);
  const user = await createUser(sql, { superadmin: true });
  boss = await signIn(stack.url, user.email, user.password);
});
afterAll(async () => {
  await restoreBaseline?.();
  await sql.end();
});

const call = (session: TestSession, method: string, path: string, body?: unknown) =>
  fetch(`${stack.url}/api/admin${path}`, {
    method,
    headers: { cookie: session.cookie, 'Content-Type': 'application/json', Origin: stack.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const sessionsOf = async (userId: string) => (await sql`SELECT id FROM auth_session WHERE "userId" = ${userId}`).map((r) => r.id as string);
// Oldest first: without ORDER BY, Postgres may return a later row first (it reuses free space).
const auditOf = (entityId: string, action: string) =>
  sql`SELECT actor_id, team_id, before, after FROM audit_log WHERE entity_id = ${entityId} AND action = ${action} ORDER BY created_at`;

describe('users (ORG-6)', () => {
  it('creates a user who can log in at once, audited without the password', async () => {
    const email = `Ines.Moreau.${Date.now()}@Parley.test`;
    const res = await call(boss, 'POST', '/users', { email, name: 'Inès Moreau', password: 'spring-meadow-42' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await sql`SELECT name, email, is_superadmin, disabled_at FROM profile WHERE id = ${id}`).toEqual([
      { name: 'Inès Moreau', email: email.toLowerCase(), is_superadmin: false, disabled_at: null },
    ]);
    expect((await signIn(stack.url, email.toLowerCase(), 'spring-meadow-42')).userID).toBe(id);
    const [audit] = await auditOf(id, 'user.create');
    expect(audit).toMatchObject({ actor_id: boss.userID, after: { name: 'Inès Moreau', email: email.toLowerCase() } });
    expect(JSON.stringify(audit)).not.toContain('spring-meadow-42');
  });

  it('sets a password: the old one stops working and every session of that user ends', async () => {
    const user = await createUser(sql, { password: 'old-password-1' });
    await signIn(stack.url, user.email, 'old-password-1');
    await signIn(stack.url, user.email, 'old-password-1');
    expect(await sessionsOf(user.id)).toHaveLength(2);
    expect((await call(boss, 'POST', `/users/${user.id}/password`, { password: 'new-password-2' })).status).toBe(204);
    expect(await sessionsOf(user.id)).toEqual([]);
    await expect(signIn(stack.url, user.email, 'old-password-1')).rejects.toThrow(/401/);
    expect((await signIn(stack.url, user.email, 'new-password-2')).userID).toBe(user.id);
    const [audit] = await auditOf(user.id, 'user.setPassword');
    expect(audit?.after).toEqual({ password: 'changed', sessionsEnded: 2 });
  });

  it('a superadmin setting their own password stays logged in here and nowhere else', async () => {
    const user = await createUser(sql, { password: 'mine-password-1', superadmin: true });
    const here = await signIn(stack.url, user.email, 'mine-password-1');
    await signIn(stack.url, user.email, 'mine-password-1');
    expect((await call(here, 'POST', `/users/${user.id}/password`, { password: 'mine-password-2' })).status).toBe(204);
    expect(await sessionsOf(user.id)).toHaveLength(1);
    const me = (await (await fetch(`${stack.url}/api/session`, { headers: { cookie: here.cookie } })).json()) as { user: { id: string } };
    expect(me.user.id).toBe(user.id);
  });
});

describe('account credentials (ORG-3)', () => {
  it('stores the callback URL and merges credentials, auditing which fields changed but not their values', async () => {
    const account = await apiAccountOf(sql, 'Sales');
    const admin = await signIn(stack.url, 'admin.sales@parley.demo');
    const [saved] = await sql`SELECT callback_url, credentials FROM account_secret WHERE account_id = ${account.id}`;
    try {
      expect((await call(admin, 'PUT', `/accounts/${account.id}/credentials`, { credentials: { apiKey: 'k-1', region: 'eu' } })).status).toBe(204);
      const body = { callbackUrl: 'https://platform.example/parley', credentials: { apiKey: 'k-2' } };
      expect((await call(admin, 'PUT', `/accounts/${account.id}/credentials`, body)).status).toBe(204);
      const [stored] = await sql`SELECT callback_url, credentials FROM account_secret WHERE account_id = ${account.id}`;
      expect(stored).toEqual({ callback_url: 'https://platform.example/parley', credentials: { ...saved!.credentials, apiKey: 'k-2', region: 'eu' } });
      const audits = await auditOf(account.id, 'account.setCredentials');
      expect(audits.at(-1)).toMatchObject({ team_id: account.teamId, after: { changed: ['callbackUrl', 'credentials.apiKey'] } });
      expect(JSON.stringify(audits)).not.toMatch(/k-1|k-2|platform\.example/);
    } finally {
      await sql`UPDATE account_secret SET callback_url = ${saved!.callback_url}, credentials = ${sql.json(saved!.credentials)} WHERE account_id = ${account.id}`;
    }
  });

  it('refuses a callback URL that is not http(s) and a body with nothing to save', async () => {
    const account = await apiAccountOf(sql, 'Sales');
    const ftp = await call(boss, 'PUT', `/accounts/${account.id}/credentials`, { callbackUrl: 'ftp://files.example/parley' });
    expect(ftp.status).toBe(400);
    expect(await ftp.json()).toMatchObject({ field: 'callbackUrl', error: expect.stringMatching(/http:\/\/ or https:\/\//) });
    const empty = await call(boss, 'PUT', `/accounts/${account.id}/credentials`, {});
    expect(((await empty.json()) as { error: string }).error).toMatch(/Nothing to save/);
  });

  it('answers 401 without a session', async () => {
    expect((await fetch(`${stack.url}/api/admin/accounts/any/webhook`)).status).toBe(401);
  });
});
