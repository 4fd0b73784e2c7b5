import { type Reason, reason } from '../../schema/reasons.ts';
import { SendFailure } from '../connectors/connector.ts';

/** Tries per reply before it is shown as failed with a Retry button. */
export const MAX_SEND_ATTEMPTS = 8;
/** No single wait is longer; a platform asking for more than an hour gets a person instead. */
const MAX_WAIT_MS = 10 * 60_000;
const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** `reason` is the code stored for the team (schema/reasons.ts), worded in each reader's language. */
export type Decision = { retryInMs: number; reason: Reason } | { to: 'failed' | 'unconfirmed'; reason: Reason };

export const INTERNAL_FAILURE: Reason = reason('INTERNAL_SEND_ERROR');
/** A send that may have reached a platform that cannot dedupe. */
export const STOPPED_WHILE_SENDING: Reason = [...reason('STOPPED_WHILE_SENDING'), ...reason('UNCONFIRMED')];

/**
 * What to do after a send did not succeed. Only a refusal the platform gave before processing
 * (or any failure on a platform that dedupes by our id) is tried again; a send that may have
 * been posted on a platform that cannot dedupe is never repeated without a person.
 */
export function decideAfterFailure(e: unknown, opts: { idempotent: boolean; attempt: number; retryBaseMs: number }): Decision {
  if (!(e instanceof SendFailure)) {
    // A bug in an adapter: on a platform that cannot dedupe, the request may have gone out.
    return opts.idempotent ? { to: 'failed', reason: INTERNAL_FAILURE } : { to: 'unconfirmed', reason: reason('UNCONFIRMED') };
  }
  switch (e.kind) {
    case 'permanent':
    case 'window_closed':
      return { to: 'failed', reason: e.reason };
    case 'unconfirmed':
      if (!opts.idempotent) return { to: 'unconfirmed', reason: [...e.reason, ...reason('UNCONFIRMED')] };
      return later(e, opts);
    case 'retryable':
    case 'rate_limited':
      return later(e, opts);
  }
}

function later(e: SendFailure, opts: { attempt: number; retryBaseMs: number }): Decision {
  if (opts.attempt >= MAX_SEND_ATTEMPTS) {
    return { to: 'failed', reason: [...e.reason, ...reason('GAVE_UP', { tries: MAX_SEND_ATTEMPTS })] };
  }
  if ((e.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) {
    return { to: 'failed', reason: [...e.reason, ...reason('WAIT_TOO_LONG')] };
  }
  const backoff = Math.min(opts.retryBaseMs * 2 ** (opts.attempt - 1), MAX_WAIT_MS);
  return { retryInMs: Math.max(backoff, e.retryAfterMs ?? 0), reason: e.reason };
}
