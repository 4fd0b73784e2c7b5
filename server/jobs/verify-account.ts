import { z } from 'zod';
import { verifyAccount } from '../accounts/verify-account.ts';
import { enqueue, type JobTx } from './enqueue.ts';
import { defineJob } from './job.ts';

/**
 * Connect's check with the platform. Queued in the connect mutator's transaction, so a
 * restart between the click and the check no longer leaves the account pending for ever.
 */
export const verifyAccountJob = defineJob({
  name: 'account.verify',
  payload: z.object({ accountId: z.string().min(1) }),
  maxAttempts: 5,
  handler: ({ accountId }, run) =>
    verifyAccount(run.sql, accountId, { connectorFor: run.connectorFor, allow: run.allow, abortSignal: run.helpers.abortSignal }),
});

/** A second connect before the check ran replaces it (one check per account). */
export function enqueueVerify(tx: JobTx, accountId: string) {
  return enqueue(tx, verifyAccountJob, { accountId }, { jobKey: `account:${accountId}` });
}
