import type postgres from 'postgres';
import { platformLabels } from '../../schema/mutators/platforms.ts';
import type { Platform } from '../../schema/schema.ts';
import { pingCallback, type VerifyResult } from '../connectors/api/verify.ts';

type AccountToVerify = { platform: Platform; callback_url: string | null; webhook_secret: string | null };

async function verify(accountId: string, a: AccountToVerify, timeoutMs?: number): Promise<VerifyResult> {
  if (a.platform !== 'api') {
    const label = platformLabels[a.platform];
    return {
      ok: false,
      reason: `The ${label} connector is not available yet, so Parley cannot verify this account. Only API accounts can be connected for now.`,
    };
  }
  if (!a.webhook_secret) return { ok: false, reason: 'The account has no webhook secret. Delete it and add it again.' };
  if (!a.callback_url) {
    return { ok: false, reason: 'No callback URL set. Enter the platform’s callback URL in the account’s credentials, then connect again.' };
  }
  return pingCallback({ callbackUrl: a.callback_url, secret: a.webhook_secret, accountId, timeoutMs });
}

/**
 * ORG-3, after `account.connect` commits: verifies the account with its platform and records
 * `connected`, or `failed` with the reason. Only a still-pending, live account is updated, so
 * a deletion or a newer connect in the meantime wins. Never throws.
 */
export async function verifyAccount(sql: postgres.Sql, accountId: string, opts: { timeoutMs?: number } = {}): Promise<void> {
  try {
    const [account] = await sql<AccountToVerify[]>`
      SELECT a.platform, s.callback_url, s.webhook_secret
      FROM account a LEFT JOIN account_secret s ON s.account_id = a.id
      WHERE a.id = ${accountId} AND a.deleted_at IS NULL`;
    if (!account) return;
    let result: VerifyResult;
    try {
      result = await verify(accountId, account, opts.timeoutMs);
    } catch {
      // An internal error's own text may name internals; the team reads this reason.
      result = { ok: false, reason: 'Parley could not verify the account because of an internal error. Try again.' };
    }
    await sql`
      UPDATE account SET connection_state = ${result.ok ? 'connected' : 'failed'}, connection_error = ${result.ok ? null : result.reason}
      WHERE id = ${accountId} AND connection_state = 'pending' AND deleted_at IS NULL`;
  } catch {
    // Postgres unreachable: the account stays pending and can be connected again.
  }
}
