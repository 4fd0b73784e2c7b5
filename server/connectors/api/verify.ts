import { type Reason, reason } from '../../../schema/reasons.ts';
import { OutboundError, safeFetch } from '../../net/safe-fetch.ts';
import { SIGNATURE_HEADER, sign } from './signature.ts';
import { pingMessage } from './wire.ts';

export type VerifyResult = { ok: true } | { ok: false; reason: Reason };

const LABEL = 'The callback URL';

/**
 * ORG-3 for the API channel: POSTs a signed ping to the account's callback URL; any 2xx
 * answer proves the platform knows the account and its webhook secret. A failure is told as a
 * code (status, timeout, refusal) each reader's language words, never by quoting the answer: the URL is the admin's
 * choice, and what it returns is read by the whole team.
 */
export async function pingCallback(opts: {
  callbackUrl: string;
  secret: string;
  accountId: string;
  timeoutMs?: number;
  /** Allow-list entries for this call only (tests). */
  allow?: readonly string[];
}): Promise<VerifyResult> {
  const body = JSON.stringify(pingMessage.parse({ type: 'ping', accountId: opts.accountId, sentAt: new Date().toISOString() }));
  try {
    const res = await safeFetch(opts.callbackUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: sign(body, opts.secret) },
      body,
      label: LABEL,
      timeoutMs: opts.timeoutMs,
      allow: opts.allow,
    });
    if (res.ok) return { ok: true };
    return { ok: false, reason: reason('CONNECT_REFUSED', { status: res.status, statusText: res.statusText }) };
  } catch (e) {
    if (e instanceof OutboundError) return { ok: false, reason: [...e.reason, ...reason('CONNECT_AGAIN')] };
    throw e;
  }
}
