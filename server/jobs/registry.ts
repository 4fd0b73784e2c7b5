import type { TaskList } from 'graphile-worker';
import { clockMinuteJob } from './clock.ts';
import { deliverReplyJob } from './deliver-reply.ts';
import type { JobDefinition, JobDeps } from './job.ts';
import { verifyAccountJob } from './verify-account.ts';

/** Every kind of background job Parley runs; a job not listed here is never picked up. */
export const jobs: readonly JobDefinition[] = [deliverReplyJob, verifyAccountJob, clockMinuteJob];

/** graphile-worker's task list: each payload is checked by its zod schema before the handler. */
export function taskList(deps: JobDeps): TaskList {
  return Object.fromEntries(
    jobs.map((job) => [
      job.name,
      async (payload: unknown, helpers) => {
        const parsed = job.payload.safeParse(payload);
        if (!parsed.success) {
          // A malformed payload will not improve with retries: record it and drop the job.
          helpers.logger.error(`Job ${job.name} #${helpers.job.id} has a malformed payload; it was dropped.`);
          return;
        }
        await job.handler(parsed.data, { ...deps, helpers });
      },
    ]),
  );
}
