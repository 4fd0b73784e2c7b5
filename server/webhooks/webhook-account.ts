import type postgres from 'postgres';
import type { Platform } from '../../schema/schema.ts';

/** The account a webhook names, with what its adapter needs to authenticate the call. */
export type WebhookAccount = { id: string; teamId: string; platform: Platform; deleted: boolean; webhookSecret: string | null };

/**
 * Loads the account of `/webhooks/<platform>/<accountId>`; undefined for an unknown id or an
 * account of another platform, which the adapter answers exactly like a bad signature.
 */
export async function webhookAccount(sql: postgres.Sql, platform: Platform, accountId: string): Promise<WebhookAccount | undefined> {
  const [row] = await sql<{ team_id: string; platform: Platform; deleted_at: Date | null; webhook_secret: string | null }[]>`
    SELECT a.team_id, a.platform, a.deleted_at, s.webhook_secret
    FROM account a JOIN account_secret s ON s.account_id = a.id WHERE a.id = ${accountId}`;
  if (!row || row.platform !== platform) return undefined;
  return { id: accountId, teamId: row.team_id, platform: row.platform, deleted: row.deleted_at !== null, webhookSecret: row.webhook_secret };
}
