import cron from 'node-cron';
import type postgres from 'postgres';
import { z } from 'zod';
import { enqueue } from './enqueue.ts';
import { defineJob } from './job.ts';

/**
 * The minute's work. Today it only forgets old ticks; scheduled replies, presence expiry and
 * window transitions will be enqueued from here, each with a deterministic job key and an
 * idempotent handler, so running a minute twice would still change nothing.
 */
export const clockMinuteJob = defineJob({
  name: 'clock.minute',
  payload: z.object({ minute: z.iso.datetime() }),
  maxAttempts: 3,
  handler: async ({ minute }, run) => {
    await run.sql`DELETE FROM clock_tick WHERE minute < ${minute}::timestamptz - interval '1 day'`;
  },
});

/**
 * One tick: the first server to claim the minute enqueues its job in the same transaction.
 * A second server, a doubled or a late tick finds the minute taken and does nothing.
 */
export async function tick(sql: postgres.Sql, at: Date): Promise<boolean> {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  const iso = minute.toISOString();
  return sql.begin(async (tx) => {
    const claimed = await tx`INSERT INTO clock_tick (minute) VALUES (${minute}) ON CONFLICT DO NOTHING RETURNING minute`;
    if (claimed.length === 0) return false;
    await enqueue(tx, clockMinuteJob, { minute: iso }, { jobKey: `tick:${iso}` });
    return true;
  });
}

/** node-cron fires in every server process each minute; only the enqueueing is shared. */
export function startClock(sql: postgres.Sql, log: (line: string) => void): { stop: () => Promise<void> } {
  const task = cron.schedule('* * * * *', async () => {
    await tick(sql, new Date()).catch((e) => log(`the minute clock could not tick: ${(e as Error).message}`));
  });
  return { stop: async () => void (await task.stop()) };
}
