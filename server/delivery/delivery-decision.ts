import { UNCONFIRMED_REASON } from '../../schema/mutators/delivery-state.ts';
import { SendFailure } from '../connectors/connector.ts';

/** Tries per reply before it is shown as failed with a Retry button. */
export const MAX_SEND_ATTEMPTS = 8;
/** No single wait is longer; a platform asking for more than an hour gets a person instead. */
const MAX_WAIT_MS = 10 * 60_000;
const MAX_RETRY_AFTER_MS = 60 * 60_000;

export type Decision = { retryInMs: number; reason: string } | { to: 'failed' | 'unconfirmed'; reason: string };

export const INTERNAL_FAILURE = 'Parley could not send this reply because of an internal error. Use Retry to try again.';

/**
 * What to do after a send did not succeed. Only a refusal the platform gave before processing
 * (or any failure on a platform that dedupes by our id) is tried again; a send that may have
 * been posted on a platform that cannot dedupe is never repeated without a person.
 */
export function decideAfterFailure(e: unknown, opts: { idempotent: boolean; attempt: number; retryBaseMs: number }): Decision {
  if (!(e instanceof SendFailure)) {
    // A bug in an adapter: on a platform that cannot dedupe, the request may have gone out.
    return opts.idempotent ? { to: 'failed', reason: INTERNAL_FAILURE } : { to: 'unconfirmed', reason: UNCONFIRMED_REASON };
  }
  switch (e.kind) {
    case 'permanent':
    case 'window_closed':
      return { to: 'failed', reason: e.message };
    case 'unconfirmed':
      if (!opts.idempotent) return { to: 'unconfirmed', reason: `${e.message} ${UNCONFIRMED_REASON}` };
      return later(e, opts);
    case 'retryable':
    case 'rate_limited':
      return later(e, opts);
  }
}

function later(e: SendFailure, opts: { attempt: number; retryBaseMs: number }): Decision {
  if (opts.attempt >= MAX_SEND_ATTEMPTS) {
    return { to: 'failed', reason: `${e.message} Parley tried ${MAX_SEND_ATTEMPTS} times; use Retry to send it again.` };
  }
  if ((e.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) {
    return { to: 'failed', reason: `${e.message} The platform asked Parley to wait more than an hour; use Retry later.` };
  }
  const backoff = Math.min(opts.retryBaseMs * 2 ** (opts.attempt - 1), MAX_WAIT_MS);
  return { retryInMs: Math.max(backoff, e.retryAfterMs ?? 0), reason: e.message };
}
