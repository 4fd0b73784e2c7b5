import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir, ensureAppBuilt } from '../../server/build-app.ts';
import { type Stack, type StackOptions, startStack } from '../../server/stack.ts';
import { fakePlatformOrigins, fakePortSpan } from '../fakes/fake-origins.ts';
import { freePortRange } from './ports.ts';

/** The one loopback address the test stack believes X-Forwarded-For from. */
export const TRUSTED_TEST_PROXY = '127.0.0.3';

export type StackInfo = { url: string; zeroUrl: string; databaseUrl: string };

/**
 * A whole Parley (embedded Postgres, migrations, demo seed, server, zero-cache) on free
 * ports in a fresh temp folder, so it never collides with `npm start` or another run.
 */
type TestStackOptions = {
  build?: boolean;
  databaseUrl?: string;
  /** The job queue's timing (the benchmark retries from 100 ms, production from 2 s). */
  jobs?: StackOptions['jobs'];
};

export async function startTestStack(opts: TestStackOptions = {}): Promise<Stack & { dir: string }> {
  if (opts.build) await ensureAppBuilt(() => {});
  // A port found free can still be taken by another process before our servers bind it;
  // on a fresh embedded database, starting again on other ports is safe.
  const attempts = opts.databaseUrl ? 1 : 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts);
    } catch (e) {
      if (attempt >= attempts) throw e;
      console.warn(`[test-stack] start-up failed, trying other ports: ${(e as Error).message}`);
    }
  }
}

async function startOnce(opts: TestStackOptions): Promise<Stack & { dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-test-'));
  chmodSync(dir, 0o755); // the postgres OS user must be able to enter it
  const base = await freePortRange(fakePortSpan);
  const stack = await startStack({
    port: base,
    zeroPort: base + 1,
    pgPort: base + 4,
    databaseUrl: opts.databaseUrl,
    dataDir: dir,
    ephemeral: true,
    seed: true,
    simulator: true,
    distDir: opts.build ? distDir : undefined,
    authSecret: 'test-secret-test-secret-test-secret-0123',
    outboundAllow: fakePlatformOrigins(base),
    // tests/security/sign-in-limit.stack.test.ts plays a reverse proxy from this address.
    trustedProxies: TRUSTED_TEST_PROXY,
    jobs: opts.jobs,
    log: (line) => process.env.PARLEY_TEST_VERBOSE && console.log(`[test-stack] ${line}`),
  }).catch((e) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  return {
    ...stack,
    dir,
    stop: async () => {
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The stack shared by a whole run: started by tests/run-all.ts, or by the runner's global setup. */
export function sharedStackFromEnv(): StackInfo | undefined {
  const raw = process.env.PARLEY_TEST_STACK;
  return raw ? (JSON.parse(raw) as StackInfo) : undefined;
}
