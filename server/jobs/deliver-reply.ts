import type postgres from 'postgres';
import { z } from 'zod';
import { deliverMessage } from '../delivery/deliver-message.ts';
import { INTERNAL_FAILURE, STOPPED_WHILE_SENDING } from '../delivery/delivery-decision.ts';
import { moveDelivery } from '../delivery/move-delivery.ts';
import { enqueue, type JobTx } from './enqueue.ts';
import { defineJob } from './job.ts';

const payload = z.object({
  messageId: z.string().min(1),
  /** Which try at the platform this is; platform refusals count here, crashes do not. */
  attempt: z.number().int().min(1).default(1),
});

/** One job per reply (the key dedupes a double enqueue); a later try replaces it. */
export const replyJobKey = (messageId: string) => `reply:${messageId}`;

/**
 * Sends one reply through its account's connector. A platform refusal worth retrying puts the
 * reply back to pending and queues the next try (backoff, or the platform's own wait) in one
 * transaction; anything else thrown is retried by graphile-worker itself, a few times.
 */
export const deliverReplyJob = defineJob({
  name: 'reply.deliver',
  payload,
  maxAttempts: 5,
  handler: async ({ messageId, attempt }, run) => {
    try {
      await deliverMessage(run.sql, messageId, {
        connectorFor: run.connectorFor,
        allow: run.allow,
        attempt,
        retryBaseMs: run.retryBaseMs,
        retryAt: (tx, runAt) => enqueueDelivery(tx, messageId, { attempt: attempt + 1, runAt }),
        abortSignal: run.helpers.abortSignal,
      });
    } catch (e) {
      const lastTry = run.helpers.job.attempts >= run.helpers.job.max_attempts;
      if (lastTry && !run.helpers.abortSignal.aborted) await giveUp(run, messageId);
      throw e;
    }
  },
});

/** Queues a reply's delivery in the caller's transaction (the reply mutator's, or a retry's). */
export function enqueueDelivery(tx: JobTx, messageId: string, opts: { attempt?: number; runAt?: Date } = {}) {
  return enqueue(tx, deliverReplyJob, { messageId, attempt: opts.attempt ?? 1 }, { jobKey: replyJobKey(messageId), runAt: opts.runAt });
}

/** Out of tries on an internal error: the reply must not stay "Sending…" for ever. */
async function giveUp(run: { sql: postgres.Sql }, messageId: string) {
  if (await moveDelivery(run.sql, messageId, 'pending', 'failed', { error: INTERNAL_FAILURE })) return;
  await moveDelivery(run.sql, messageId, 'sending', 'unconfirmed', { error: STOPPED_WHILE_SENDING });
}
