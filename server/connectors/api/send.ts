import { type Reason, reason, reasonInEnglish } from '../../../schema/reasons.ts';
import { OutboundError, safeFetch } from '../../net/safe-fetch.ts';
import { SIGNATURE_HEADER, sign } from './signature.ts';
import { type OutboundMessage, outboundAccepted } from './wire.ts';

export class ConnectorError extends Error {
  override name = 'ConnectorError';
  constructor(
    /** Stored as a code (schema/reasons.ts); the message is its English, for logs. */
    readonly reason: Reason,
    /** Worth trying again later (network, 5xx, 429) rather than a permanent refusal. */
    readonly retryable: boolean,
    /** How long the platform asked us to wait (its Retry-After), if it said. */
    readonly retryAfterMs?: number,
  ) {
    super(reasonInEnglish(reason));
  }
}

/**
 * POSTs a signed outbound message to the account's callback URL and returns the
 * platform's id for it. The message id doubles as Idempotency-Key, so a retry after a
 * crash cannot post twice on a platform that honours it. Failures are told as codes the
 * reader's language words, never by quoting the platform's answer.
 */
export async function sendApiMessage(opts: {
  callbackUrl: string;
  secret: string;
  message: OutboundMessage;
  allow?: readonly string[];
}): Promise<{ platformMessageId: string }> {
  const body = JSON.stringify(opts.message);
  let res: Awaited<ReturnType<typeof safeFetch>>;
  try {
    res = await safeFetch(opts.callbackUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': opts.message.id,
        [SIGNATURE_HEADER]: sign(body, opts.secret),
      },
      body,
      label: 'The callback URL',
      allow: opts.allow,
    });
  } catch (e) {
    if (e instanceof OutboundError) throw new ConnectorError([...e.reason, ...reason('NOTHING_SENT')], e.retryable);
    throw e;
  }
  if (!res.ok) {
    const retryable = res.status >= 500 || res.status === 429;
    throw new ConnectorError(reason('REPLY_REFUSED', { status: res.status, statusText: res.statusText }), retryable, res.retryAfterMs);
  }
  let parsed: ReturnType<typeof outboundAccepted.safeParse>;
  try {
    parsed = outboundAccepted.safeParse(JSON.parse(res.text));
  } catch {
    throw new ConnectorError(reason('ANSWER_NOT_JSON'), false);
  }
  if (!parsed.success) throw new ConnectorError(reason('ANSWER_NO_ID'), false);
  return { platformMessageId: parsed.data.id };
}
