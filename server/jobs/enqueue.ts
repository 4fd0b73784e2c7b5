import type { Transaction } from '@rocicorp/zero';
import type { PostgresJsTransaction } from '@rocicorp/zero/server/adapters/postgresjs';
import type postgres from 'postgres';
import type { z } from 'zod';
import type { JobDefinition } from './job.ts';

/** A postgres.js connection or transaction, or a Zero server mutator's transaction. */
export type JobTx = postgres.Sql | postgres.TransactionSql | Transaction;

export type EnqueueOptions = {
  /** Dedupes: a second enqueue with the same key replaces a job that has not started. */
  jobKey?: string;
  runAt?: Date;
};

/** The postgres.js transaction under a Zero server mutator, for writes outside Zero's tables. */
export function serverSql(tx: Transaction): PostgresJsTransaction {
  if (tx.location !== 'server') throw new Error('Only a server transaction reaches Postgres directly.');
  return tx.dbTransaction.wrappedTransaction as PostgresJsTransaction;
}

function sqlOf(tx: JobTx): postgres.Sql | postgres.TransactionSql {
  return 'location' in tx ? (serverSql(tx) as unknown as postgres.TransactionSql) : tx;
}

/**
 * Adds a job in the caller's transaction: it exists exactly when the change that caused it
 * commits, so no crash can lose it and no rollback can leave it behind.
 */
export async function enqueue<P extends z.ZodType>(tx: JobTx, job: JobDefinition<P>, payload: z.input<P>, opts: EnqueueOptions = {}) {
  const checked = job.payload.parse(payload);
  const sql = sqlOf(tx);
  await sql`
    SELECT graphile_worker.add_job(${job.name}, ${sql.json(checked as postgres.JSONValue)}::json,
      run_at := ${opts.runAt ?? null}::timestamptz, max_attempts := ${job.maxAttempts}, job_key := ${opts.jobKey ?? null})`;
}
