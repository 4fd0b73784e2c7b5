import type postgres from 'postgres';
import type { Platform } from '../../schema/schema.ts';
import type { ConnectorAccount } from '../connectors/connector.ts';

type Row = {
  id: string;
  team_id: string;
  platform: Platform;
  name: string;
  deleted_at: Date | null;
  callback_url: string | null;
  webhook_secret: string | null;
  credentials: Record<string, unknown> | null;
};

/** An account as its adapter sees it (secrets included), or undefined when there is none. */
export async function loadConnectorAccount(
  sql: postgres.Sql | postgres.TransactionSql,
  accountId: string,
): Promise<{ account: ConnectorAccount; deleted: boolean } | undefined> {
  const [r] = await sql<Row[]>`
    SELECT a.id, a.team_id, a.platform, a.name, a.deleted_at, s.callback_url, s.webhook_secret, s.credentials
    FROM account a LEFT JOIN account_secret s ON s.account_id = a.id WHERE a.id = ${accountId}`;
  if (!r) return undefined;
  return {
    deleted: r.deleted_at !== null,
    account: {
      id: r.id,
      teamId: r.team_id,
      platform: r.platform,
      name: r.name,
      callbackUrl: r.callback_url,
      webhookSecret: r.webhook_secret,
      credentials: r.credentials ?? {},
    },
  };
}
