import type postgres from 'postgres';

export type HeartbeatOptions = { sql: postgres.Sql; log: (line: string) => void; everyMs?: number; staleAfterMs?: number };

/**
 * Keeps this process's worker pools listed as alive, and hands back the jobs of pools that
 * stopped beating (a server killed mid-job): graphile-worker itself would leave them locked
 * for four hours. A handed-back delivery finds its reply `sending` and decides from the
 * connector whether it may send again (deliver-message.ts), so a slow but living pool taken
 * for dead can never make a platform post twice.
 */
export function startHeartbeat(opts: HeartbeatOptions) {
  const pools = new Set<string>();
  const everyMs = opts.everyMs ?? 10_000;
  const staleAfter = `${Math.round((opts.staleAfterMs ?? 60_000) / 1000)} seconds`;
  const beat = async () => {
    const ids = [...pools];
    if (ids.length > 0) {
      await opts.sql`INSERT INTO job_runner ${opts.sql(ids.map((pool_id) => ({ pool_id })))}
                     ON CONFLICT (pool_id) DO UPDATE SET seen_at = now()`;
    }
    await opts.sql.begin(async (tx) => {
      const dead = await tx<{ pool_id: string }[]>`
        DELETE FROM job_runner WHERE seen_at < now() - ${staleAfter}::interval RETURNING pool_id`;
      if (dead.length > 0) await tx`SELECT graphile_worker.force_unlock_workers(${dead.map((d) => d.pool_id)}::text[])`;
    });
  };
  const safeBeat = () => beat().catch((e) => opts.log(`jobs: the runner heartbeat failed: ${(e as Error).message}`));
  const timer = setInterval(safeBeat, everyMs);
  timer.unref();
  return {
    add: (poolId: string) => {
      pools.add(poolId);
      void safeBeat();
    },
    /** After this process's runner stopped: what it still held goes back to the queue now. */
    async stop() {
      clearInterval(timer);
      const ids = [...pools];
      if (ids.length === 0) return;
      await opts.sql`SELECT graphile_worker.force_unlock_workers(${ids}::text[])`;
      await opts.sql`DELETE FROM job_runner WHERE pool_id = ANY(${ids}::text[])`;
    },
  };
}
