import { SIGNATURE_HEADER, sign } from './signature.ts';
import { outboundAccepted, type OutboundMessage } from './wire.ts';

export class ConnectorError extends Error {
  override name = 'ConnectorError';
  constructor(
    message: string,
    /** Worth trying again later (network, 5xx, 429) rather than a permanent refusal. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 10_000;

/**
 * POSTs a signed outbound message to the account's callback URL and returns the
 * platform's id for it. The message id doubles as Idempotency-Key, so a retry after a
 * crash cannot post twice on a platform that honours it.
 */
export async function sendApiMessage(opts: {
  callbackUrl: string;
  secret: string;
  message: OutboundMessage;
}): Promise<{ platformMessageId: string }> {
  const body = JSON.stringify(opts.message);
  let res: Response;
  try {
    res = await fetch(opts.callbackUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': opts.message.id,
        [SIGNATURE_HEADER]: sign(body, opts.secret),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    throw new ConnectorError(`Could not reach the callback URL (${(e as Error).message}).`, true);
  }
  const text = await res.text();
  if (!res.ok) {
    const retryable = res.status >= 500 || res.status === 429;
    throw new ConnectorError(`The platform answered ${res.status}: ${text.slice(0, 300) || res.statusText}`, retryable);
  }
  let parsed: ReturnType<typeof outboundAccepted.safeParse>;
  try {
    parsed = outboundAccepted.safeParse(JSON.parse(text));
  } catch {
    throw new ConnectorError('The platform accepted the message but its answer was not JSON.', false);
  }
  if (!parsed.success) throw new ConnectorError('The platform accepted the message but did not return its id.', false);
  return { platformMessageId: parsed.data.id };
}
