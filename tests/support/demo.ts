import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type postgres from 'postgres';
import { insertUserRows } from '../../server/admin/user-rows.ts';
import { SIGNATURE_HEADER, sign } from '../../server/connectors/api/signature.ts';

export type DemoAccount = { id: string; teamId: string; teamName: string; name: string; platform: string; secret: string };

/**
 * The live accounts with their webhook secrets (server-only data a test may read). Accounts
 * other test files made and deleted again stay out, or a webhook test would post to a
 * deleted account and get 410.
 */
export async function demoAccounts(sql: postgres.Sql): Promise<DemoAccount[]> {
  return sql<DemoAccount[]>`
    SELECT a.id, a.team_id AS "teamId", t.name AS "teamName", a.name, a.platform, s.webhook_secret AS secret
    FROM account a JOIN team t ON t.id = a.team_id JOIN account_secret s ON s.account_id = a.id
    WHERE a.deleted_at IS NULL
    ORDER BY t.name, a.created_at, a.name`;
}

export async function apiAccountOf(sql: postgres.Sql, teamName: 'Support' | 'Sales'): Promise<DemoAccount> {
  const account = (await demoAccounts(sql)).find((a) => a.teamName === teamName && a.platform === 'api');
  if (!account) throw new Error(`no api account for ${teamName}`);
  return account;
}

export type InboundBody = {
  id: string;
  customer: { id: string; name?: string; handle?: string };
  text: string;
  kind?: 'dm' | 'comment' | 'mention';
  inReplyTo?: string;
  sentAt: string;
};

export function inboundBody(overrides: Partial<InboundBody> = {}): InboundBody {
  const n = randomUUID().slice(0, 8);
  return {
    id: `msg-${n}`,
    customer: { id: `cust-${n}`, name: `Test Customer ${n}`, handle: `@test_${n}` },
    text: `Hello, where is my order ${n}?`,
    kind: 'dm',
    sentAt: new Date().toISOString(),
    ...overrides,
  };
}

/** POSTs a webhook exactly as a platform would: raw JSON body signed with the secret. */
export async function postInbound(baseUrl: string, accountId: string, secret: string | null, body: unknown) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (secret !== null) headers[SIGNATURE_HEADER] = sign(raw, secret);
  const res = await fetch(`${baseUrl}/webhooks/api/${accountId}`, { method: 'POST', headers, body: raw });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** A fresh user (not part of the demo), optionally a member of a team. */
export async function createUser(
  sql: postgres.Sql,
  opts: { teamId?: string; role?: 'agent' | 'supervisor' | 'admin'; password?: string; superadmin?: boolean } = {},
): Promise<{ id: string; email: string; password: string }> {
  const id = randomUUID();
  const email = `user-${id.slice(0, 8)}@parley.test`;
  const password = opts.password ?? 'parley-test-password';
  const passwordHash = await hashPassword(password);
  await sql.begin(async (tx) => {
    await insertUserRows(tx, { id, name: `Test ${id.slice(0, 4)}`, email, passwordHash });
    if (opts.superadmin) await tx`UPDATE profile SET is_superadmin = true WHERE id = ${id}`;
    if (opts.teamId) {
      await tx`INSERT INTO team_member (id, team_id, user_id, role) VALUES (${randomUUID()}, ${opts.teamId}, ${id}, ${opts.role ?? 'agent'})`;
    }
  });
  return { id, email, password };
}
