import type { JobHelpers } from 'graphile-worker';
import type postgres from 'postgres';
import type { z } from 'zod';
import type { Platform } from '../../schema/schema.ts';
import type { Connector } from '../connectors/connector.ts';

/** What every handler may use: Parley's own pool, the connector lookup, and the log. */
export type JobDeps = {
  sql: postgres.Sql;
  /** The connector registry; tests hand in their own to stand in for platforms. */
  connectorFor: (platform: Platform) => Connector | undefined;
  /** Outbound allow-list entries for these jobs' calls only (tests). */
  allow?: readonly string[];
  /** First wait before a send is tried again; it doubles per attempt (tests shorten it). */
  retryBaseMs: number;
  log: (line: string) => void;
};

export type JobRun = JobDeps & {
  /** The graphile-worker job underneath: attempts, abort signal on shutdown. */
  helpers: JobHelpers;
};

/** One kind of background work: a name, the zod schema of its payload, and its handler. */
export type JobDefinition<P extends z.ZodType = z.ZodType> = {
  name: string;
  payload: P;
  /**
   * How often graphile-worker runs it again after an unexpected throw (a crash, Postgres
   * away). Platform refusals are handled by the handler itself, not by this count.
   */
  maxAttempts: number;
  handler: (payload: z.output<P>, run: JobRun) => Promise<void>;
};

export function defineJob<P extends z.ZodType>(job: JobDefinition<P>): JobDefinition<P> {
  return job;
}
