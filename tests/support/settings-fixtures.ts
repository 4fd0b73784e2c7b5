import { randomBytes, randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { insertUserRows } from '../../server/admin/user-rows.ts';

/** Fresh rows for settings tests, written straight to Postgres so each case starts alone. */
export const uniqueName = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

export async function freshTeam(sql: postgres.Sql, name = uniqueName('Team')): Promise<string> {
  const id = randomUUID();
  await sql`INSERT INTO team (id, name, display_name) VALUES (${id}, ${name}, ${name})`;
  return id;
}

export async function addMembership(sql: postgres.Sql, teamId: string, userId: string, role: 'agent' | 'supervisor' | 'admin'): Promise<string> {
  const id = randomUUID();
  await sql`INSERT INTO team_member (id, team_id, user_id, role) VALUES (${id}, ${teamId}, ${userId}, ${role})`;
  return id;
}

/** A user who cannot log in (no password): a target for user and member settings. */
export async function freshProfile(sql: postgres.Sql, opts: { disabled?: boolean; superadmin?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  const email = `target-${id.slice(0, 8)}@parley.test`;
  const name = uniqueName('Target');
  const user = { id, name, email, passwordHash: null, isSuperadmin: opts.superadmin ?? false, disabledAt: opts.disabled ? new Date() : null };
  await sql.begin((tx) => insertUserRows(tx, user));
  return id;
}

export async function freshAccount(
  sql: postgres.Sql,
  teamId: string,
  opts: { platform?: string; callbackUrl?: string | null; state?: 'pending' | 'connected' | 'failed' } = {},
): Promise<{ id: string; secret: string }> {
  const id = randomUUID();
  const secret = randomBytes(32).toString('hex');
  await sql.begin(async (tx) => {
    await tx`INSERT INTO account (id, team_id, platform, name, connection_state)
             VALUES (${id}, ${teamId}, ${opts.platform ?? 'api'}, ${uniqueName('Account')}, ${opts.state ?? 'connected'})`;
    await tx`INSERT INTO account_secret (account_id, webhook_secret, callback_url) VALUES (${id}, ${secret}, ${opts.callbackUrl ?? null})`;
  });
  return { id, secret };
}

export async function freshCategory(sql: postgres.Sql, opts: { parentId?: string | null; name?: string } = {}): Promise<string> {
  const id = randomUUID();
  await sql`INSERT INTO category (id, name, parent_id) VALUES (${id}, ${opts.name ?? uniqueName('Category')}, ${opts.parentId ?? null})`;
  return id;
}

export async function freshNamed(sql: postgres.Sql, table: 'tag' | 'customer_type' | 'gender', name = uniqueName(table)): Promise<string> {
  const id = randomUUID();
  await sql`INSERT INTO ${sql(table)} (id, name) VALUES (${id}, ${name})`;
  return id;
}

/** The settings tables' contents, one digest each, to prove a refusal changed nothing. */
const watched = [
  'profile', 'auth_user', 'auth_credential', 'auth_session', 'team', 'team_member', 'account', 'account_secret',
  'category', 'ticket_category', 'tag', 'ticket_tag', 'customer_type', 'customer_customer_type', 'gender',
  'customer', 'app_config', 'audit_log',
];

export async function snapshot(sql: postgres.Sql): Promise<Record<string, string>> {
  const digests = watched.map((t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${t} x) AS ${t}`);
  const [row] = await sql.unsafe<Record<string, string>[]>(`SELECT ${digests.join(', ')}`);
  return row!;
}
