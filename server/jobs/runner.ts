import { EventEmitter } from 'node:events';
import { Logger, run, type WorkerEvents } from 'graphile-worker';
import type postgres from 'postgres';
import { connectorFor } from '../connectors/registry.ts';
import type { JobDeps } from './job.ts';
import { taskList } from './registry.ts';
import { startHeartbeat } from './runner-heartbeat.ts';

export type JobRunnerOptions = {
  databaseUrl: string;
  sql: postgres.Sql;
  log: (line: string) => void;
  concurrency?: number;
  connectorFor?: JobDeps['connectorFor'];
  allow?: readonly string[];
  retryBaseMs?: number;
  /** How often jobs scheduled for later are looked for (new ones arrive by NOTIFY at once). */
  pollIntervalMs?: number;
  /** How long a runner may stay silent before its locked jobs are handed to another. */
  staleAfterMs?: number;
  heartbeatMs?: number;
};

export type JobRunner = { stop: () => Promise<void> };

/** graphile-worker's own lines only with PARLEY_LOG=debug; errors always reach our log. */
function workerLogger(log: (line: string) => void): Logger {
  const debug = process.env.PARLEY_LOG === 'debug';
  return new Logger(() => (level, message) => {
    if (debug || level === 'error') log(`jobs: ${message}`);
  });
}

/**
 * Starts this process's workers on the shared queue (graphile-worker migrates its own schema
 * first). Any number of Parley servers can run one: each job is locked by one of them.
 */
export async function startJobRunner(opts: JobRunnerOptions): Promise<JobRunner> {
  const deps: JobDeps = {
    sql: opts.sql,
    connectorFor: opts.connectorFor ?? connectorFor,
    allow: opts.allow,
    retryBaseMs: opts.retryBaseMs ?? 2_000,
    log: opts.log,
  };
  const heartbeat = startHeartbeat({ sql: opts.sql, log: opts.log, everyMs: opts.heartbeatMs, staleAfterMs: opts.staleAfterMs });
  const events = new EventEmitter() as WorkerEvents;
  events.on('pool:create', ({ workerPool }) => heartbeat.add(workerPool.id));
  const runner = await run({
    events,
    connectionString: opts.databaseUrl,
    concurrency: opts.concurrency ?? 4,
    maxPoolSize: (opts.concurrency ?? 4) + 2,
    noHandleSignals: true, // the server's own shutdown stops the runner, in order
    pollInterval: opts.pollIntervalMs ?? 1_000,
    gracefulShutdownAbortTimeout: 2_000,
    logger: workerLogger(opts.log),
    taskList: taskList(deps),
  });
  return {
    stop: async () => {
      // A job still waiting on a platform when the grace period ends is left locked by
      // graphile-worker; the heartbeat's stop hands it straight back to the queue.
      await runner.stop().finally(() => heartbeat.stop());
    },
  };
}
