import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Stack, startStack } from '../server/stack.ts';
import { fakePlatformOrigins, fakePortSpan } from '../tests/fakes/fake-origins.ts';
import { freePortRange } from '../tests/support/ports.ts';

/** The first retry's wait in the benchmark's queue (production starts at 2 s). */
export const BENCH_RETRY_BASE_MS = 100;

/**
 * The whole stack as the stack tests run it (embedded Postgres, seed, server, zero-cache on
 * free ports, the fake platforms' origins allowed), with retries that back off from 100 ms
 * so the outbound benchmark's failing fake is measured in seconds, not minutes.
 */
export async function startBenchStack(): Promise<Stack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  chmodSync(dir, 0o755); // the postgres OS user must be able to enter it
  const base = await freePortRange(fakePortSpan);
  const stack = await startStack({
    port: base,
    zeroPort: base + 1,
    pgPort: base + 4,
    dataDir: dir,
    ephemeral: true,
    seed: true,
    simulator: true,
    authSecret: 'bench-secret-bench-secret-bench-secret-01',
    outboundAllow: fakePlatformOrigins(base),
    jobs: { retryBaseMs: BENCH_RETRY_BASE_MS },
    log: (line) => process.env.PARLEY_BENCH_VERBOSE && console.log(`[bench-stack] ${line}`),
  }).catch((e) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  return {
    ...stack,
    stop: async () => {
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
