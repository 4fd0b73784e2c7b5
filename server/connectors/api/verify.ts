import { SIGNATURE_HEADER, sign } from './signature.ts';
import { pingMessage } from './wire.ts';

export type VerifyResult = { ok: true } | { ok: false; reason: string };

const TIMEOUT_MS = 10_000;
const EXCERPT = 300;

/** What went wrong on the network, in words: Node's fetch hides it in `cause`. */
function networkReason(e: Error): string {
  const cause = (e as Error & { cause?: { message?: string; code?: string } }).cause;
  return cause?.message ?? cause?.code ?? e.message;
}

/**
 * ORG-3 for the API channel: POSTs a signed ping to the account's callback URL; any 2xx
 * answer proves the platform knows the account and its webhook secret.
 */
export async function pingCallback(opts: {
  callbackUrl: string;
  secret: string;
  accountId: string;
  timeoutMs?: number;
}): Promise<VerifyResult> {
  const timeoutMs = opts.timeoutMs ?? TIMEOUT_MS;
  const body = JSON.stringify(pingMessage.parse({ type: 'ping', accountId: opts.accountId, sentAt: new Date().toISOString() }));
  let res: Response;
  try {
    res = await fetch(opts.callbackUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: sign(body, opts.secret) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const error = e as Error;
    if (error.name === 'TimeoutError') {
      return { ok: false, reason: `The callback URL did not answer within ${timeoutMs / 1000} s. Check that the platform is up, then connect again.` };
    }
    return { ok: false, reason: `Could not reach the callback URL (${networkReason(error)}). Check the URL, then connect again.` };
  }
  const text = (await res.text().catch(() => '')).trim();
  if (res.ok) return { ok: true };
  const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
  return { ok: false, reason: `The platform answered ${res.status}: ${excerpt || res.statusText || 'no reason given'}` };
}
