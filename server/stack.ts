import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { serve } from '@hono/node-server';
import postgres from 'postgres';
import { createApp } from './app.ts';
import { createAuth } from './auth.ts';
import { checkReplicationReady } from './db/check-replication.ts';
import { resolveDataDir, startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { migrate } from './db/migrate.ts';
import { deliverMessage, deliverPending } from './delivery/deliver-message.ts';
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
  /** URL prefixes on internal addresses that connectors may call (PARLEY_OUTBOUND_ALLOW, test fakes). */
  outboundAllow?: readonly string[] | undefined;
  log?: (line: string) => void;
};

export type Stack = {
  url: string;
  zeroUrl: string;
  databaseUrl: string;
  sql: postgres.Sql;
  stop: () => Promise<void>;
};

export const PUBLICATION = 'parley_sync';

/**
 * Brings up the whole product in order: Postgres (embedded or external), the replication
 * check, migrations, the demo seed, the Hono server, then zero-cache. `stop` undoes it
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
    const { auth, close } = createAuth({
      databaseUrl,
      sql,
      baseURL: url,
      secret: opts.authSecret ?? persistentSecret(opts.dataDir),
      trustedOrigins: trustedOrigins(url, opts.port),
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

    const deliver = (messageId: string) => {
      deliverMessage(sql, messageId).catch((e) => log(`delivery of ${messageId} failed: ${(e as Error).message}`));
    };
    const zeroCacheUrl = opts.externalZeroCacheUrl ?? `http://127.0.0.1:${opts.zeroPort}`;
    const app = createApp({
      sql,
      auth,
      deliver,
      zeroCacheUrl,
      zeroPublicUrl: opts.zeroPublicUrl,
      zeroPort: opts.zeroPort,
      publicUrl: url,
      simulator: opts.simulator,
      distDir: opts.distDir,
    });
    const server = await listen(app.fetch, opts.port);
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
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
        logFile: path.join(opts.dataDir, 'zero-cache.log'),
        pidFile: path.join(opts.dataDir, 'zero-cache.pid'),
      });
      stops.splice(stops.length - 1, 0, zero.stop); // zero-cache stops before the server it calls
    }
    void deliverPending(sql).catch((e) => log(`resending pending replies failed: ${(e as Error).message}`));
    return { url, zeroUrl: zeroCacheUrl, databaseUrl, sql, stop };
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

/** Both spellings of localhost, so the login works whichever one is typed. */
function trustedOrigins(url: string, port: number): string[] {
  return [...new Set([new URL(url).origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`])];
}

/** A random secret generated once and kept beside the data, so sessions survive restarts. */
function persistentSecret(dataDir: string, name = 'auth-secret'): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
