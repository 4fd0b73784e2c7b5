import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { serve } from '@hono/node-server';
import postgres from 'postgres';
import { createApp } from './app.ts';
import { createAuth } from './auth.ts';
import { checkReplicationReady } from './db/check-replication.ts';
import { resolveDataDir, startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { migrate } from './db/migrate.ts';
import { startClock } from './jobs/clock.ts';
import { startJobRunner } from './jobs/runner.ts';
import { trustedOrigins } from './http/trusted-origins.ts';
import { attachZeroProxy, ZERO_PATH } from './http/zero-proxy.ts';
import { parseTrustedProxies } from './limits/client-address.ts';
import { allowOutbound } from './net/outbound-allow.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { startZeroCache } from './zero-cache.ts';

export type StackOptions = {
  /** HTTP port of the Parley server (the app, the API, webhooks). */
  port: number;
  zeroPort: number;
  /** External Postgres; when absent an embedded one runs under `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  pgPort: number;
  /** Delete the embedded cluster's files on stop (tests). */
  ephemeral?: boolean;
  seed: boolean;
  simulator: boolean;
  distDir?: string | undefined;
  zeroPublicUrl?: string | undefined;
  publicUrl?: string | undefined;
  authSecret?: string | undefined;
  zeroAppId?: string;
  /** A zero-cache run separately (docker-compose); then none is spawned here. */
  externalZeroCacheUrl?: string | undefined;
  cookieDomain?: string | undefined;
  /**
   * The key zero-cache sends to the query and mutate endpoints. Generated per start for the
   * zero-cache spawned here; a separate zero-cache must be given the same one.
   */
  zeroApiKey?: string | undefined;
  /** PARLEY_TRUSTED_PROXIES: proxies whose X-Forwarded-For names the client. */
  trustedProxies?: string | undefined;
  /** URL prefixes on internal addresses that connectors may call (PARLEY_OUTBOUND_ALLOW, test fakes). */
  outboundAllow?: readonly string[] | undefined;
  /** Queue timings for benchmarks (first retry's wait, polling for later jobs); defaults otherwise. */
  jobs?: { retryBaseMs?: number; pollIntervalMs?: number } | undefined;
  log?: (line: string) => void;
};

export type Stack = {
  url: string;
  /** Where clients reach zero-cache: /zero on the app's origin (proxied, Origin-checked). */
  zeroUrl: string;
  databaseUrl: string;
  sql: postgres.Sql;
  stop: () => Promise<void>;
};

export const PUBLICATION = 'parley_sync';

/**
 * Brings up the whole product in order: Postgres (embedded or external), the replication
 * check, migrations, the demo seed, the job workers and the minute clock, the Hono server,
 * then zero-cache. `stop` undoes it
 * in reverse. Used by `npm start`, the tests and the benchmark alike.
 */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? (() => {});
  const stops: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e) => log(`while stopping: ${(e as Error).message}`));
  };
  try {
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      const dataDir = resolveDataDir(path.join(opts.dataDir, 'pg'), log);
      const pg = await startEmbeddedPostgres({ dataDir, port: opts.pgPort, ephemeral: opts.ephemeral, log });
      stops.push(pg.stop);
      databaseUrl = pg.url;
    }
    const sql = postgres(databaseUrl, { max: 10, onnotice: () => {} });
    stops.push(() => sql.end({ timeout: 2 }));
    await checkReplicationReady(sql);
    await migrate(sql);

    const url = opts.publicUrl ?? `http://localhost:${opts.port}`;
    const origins = trustedOrigins(url, [opts.port]);
    const { auth, close } = createAuth({
      databaseUrl,
      sql,
      baseURL: url,
      secret: opts.authSecret ?? persistentSecret(opts.dataDir),
      trustedOrigins: origins,
      cookieDomain: opts.cookieDomain,
    });
    stops.push(close);
    // The demo's platform is this server's own simulator: the one internal address it may call.
    const simulatorUrl = `http://127.0.0.1:${opts.port}/simulator`;
    const disallow = allowOutbound([...(opts.outboundAllow ?? []), ...(opts.simulator ? [`${simulatorUrl}/inbox/`] : [])]);
    stops.push(async () => disallow());
    if (opts.seed) {
      const { seeded } = await seedDemo(sql, { simulatorUrl });
      if (seeded) log('Seeded the demo data.');
    }

    // The queue's workers run in every server process; jobs survive restarts in Postgres.
    const runner = await startJobRunner({ databaseUrl, sql, log, ...opts.jobs });
    stops.push(runner.stop);
    const clock = startClock(sql, log);
    stops.push(clock.stop);
    const zeroCacheUrl = opts.externalZeroCacheUrl ?? `http://127.0.0.1:${opts.zeroPort}`;
    if (opts.externalZeroCacheUrl && !opts.zeroApiKey) {
      throw new Error('With ZERO_CACHE_URL, set PARLEY_ZERO_API_KEY, and give zero-cache the same value as ZERO_QUERY_API_KEY and ZERO_MUTATE_API_KEY.');
    }
    const zeroApiKey = opts.zeroApiKey ?? randomBytes(32).toString('hex');
    const app = createApp({
      sql,
      auth,
      zeroCacheUrl,
      zeroPublicUrl: opts.zeroPublicUrl,
      trustedOrigins: origins,
      zeroApiKey,
      publicUrl: url,
      simulator: opts.simulator,
      distDir: opts.distDir,
      trustedProxies: parseTrustedProxies(opts.trustedProxies),
    });
    const server = await listen(app.fetch, opts.port);
    const proxy = attachZeroProxy(server, { target: zeroCacheUrl, trusted: new Set(origins), publicUrl: url, log });
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
          proxy.close();
        }),
    );

    if (!opts.externalZeroCacheUrl) {
      const zero = await startZeroCache({
        upstreamDb: databaseUrl,
        port: opts.zeroPort,
        replicaFile: path.join(opts.dataDir, 'zero', `${opts.zeroAppId ?? 'parley'}-replica.db`),
        appId: opts.zeroAppId ?? 'parley',
        publication: PUBLICATION,
        queryUrl: `http://127.0.0.1:${opts.port}/api/zero/query`,
        mutateUrl: `http://127.0.0.1:${opts.port}/api/zero/mutate`,
        adminPassword: persistentSecret(opts.dataDir, 'zero-admin-password'),
        apiKey: zeroApiKey,
        logFile: path.join(opts.dataDir, 'zero-cache.log'),
        pidFile: path.join(opts.dataDir, 'zero-cache.pid'),
      });
      stops.splice(stops.length - 1, 0, zero.stop); // zero-cache stops before the server it calls
    }
    return { url, zeroUrl: new URL(ZERO_PATH, url).toString(), databaseUrl, sql, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

function listen(fetch: (req: Request) => Response | Promise<Response>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port }) as Server;
    server.once('listening', () => resolve(server));
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use. Set PORT to a free port.`) : e),
    );
  });
}

/** A random secret generated once and kept beside the data, so sessions survive restarts. */
function persistentSecret(dataDir: string, name = 'auth-secret'): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) {
    chmodSync(file, 0o600); // a copy restored from a backup may have come back world-readable
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
