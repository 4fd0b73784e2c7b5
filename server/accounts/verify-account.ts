import type postgres from 'postgres';
import { platformLabels } from '../../schema/mutators/platforms.ts';
import { encodeReason, reason } from '../../schema/reasons.ts';
import type { Platform } from '../../schema/schema.ts';
import type { Connector, VerifyResult } from '../connectors/connector.ts';
import { abortable } from '../jobs/abortable.ts';
import { loadConnectorAccount } from './connector-account.ts';

export type VerifyDeps = {
  connectorFor: (platform: Platform) => Connector | undefined;
  allow?: readonly string[];
  abortSignal?: AbortSignal;
};

/**
 * ORG-3, run as a job queued by `account.connect` in its transaction: verifies the account with
 * its platform and records `connected`, or `failed` with the reason. Only a still-pending, live
 * account is updated, so a deletion or a newer connect in the meantime wins. Postgres errors
 * throw, so the queue tries again; a platform's refusal is an answer, recorded as a code with
 * parameters (schema/reasons.ts) that each reader's language words.
 */
export async function verifyAccount(sql: postgres.Sql, accountId: string, deps: VerifyDeps): Promise<void> {
  const [state] = await sql<{ connection_state: string }[]>`
    SELECT connection_state FROM account WHERE id = ${accountId} AND deleted_at IS NULL`;
  if (state?.connection_state !== 'pending') return;
  const loaded = await loadConnectorAccount(sql, accountId);
  if (!loaded) return;
  const { account } = loaded;
  const connector = deps.connectorFor(account.platform);
  let result: VerifyResult;
  if (!connector) {
    const label = platformLabels[account.platform];
    result = { ok: false, reason: reason('CONNECTOR_UNAVAILABLE', { platform: label }) };
  } else {
    try {
      result = await abortable(connector.verify(account, { sql, allow: deps.allow }), deps.abortSignal);
    } catch (e) {
      if (deps.abortSignal?.aborted) throw e; // a stopping worker hands the check to the next one
      // An internal error's own text may name internals; the team reads this reason.
      result = { ok: false, reason: reason('INTERNAL_VERIFY_ERROR') };
    }
  }
  await sql`
    UPDATE account SET connection_state = ${result.ok ? 'connected' : 'failed'}, connection_error = ${result.ok ? null : encodeReason(result.reason)}
    WHERE id = ${accountId} AND connection_state = 'pending' AND deleted_at IS NULL`;
}
