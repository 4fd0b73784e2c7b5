import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ZeroCacheOptions = {
  upstreamDb: string;
  port: number;
  replicaFile: string;
  appId: string;
  publication: string;
  queryUrl: string;
  mutateUrl: string;
  adminPassword: string;
  /** Sent as X-Api-Key on every call to the query and mutate endpoints (they require it). */
  apiKey: string;
  logFile: string;
  /** Records the process group, so a zero-cache orphaned by a killed parent is stopped next time. */
  pidFile: string;
};

export type RunningZeroCache = { url: string; stop: () => Promise<void>; exited: Promise<number | null> };

const bin = path.resolve(import.meta.dirname, '../node_modules/.bin/zero-cache');
const preload = path.resolve(import.meta.dirname, 'zero/zero-cache-preload.cjs');

/**
 * Runs zero-cache as a child process group (it forks workers) and waits until it answers.
 * It also takes port+1 (change streamer) and port+2. A preload binds all three to loopback
 * and makes the files it creates private (see zero/zero-cache-preload.cjs).
 */
export async function startZeroCache(opts: ZeroCacheOptions): Promise<RunningZeroCache> {
  mkdirSync(path.dirname(opts.replicaFile), { recursive: true, mode: 0o700 });
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  stopOrphan(opts.pidFile);
  // The log can quote rows and queries: readable by this user only.
  const log = createWriteStream(opts.logFile, { flags: 'a', mode: 0o600 });
  const child = spawn(bin, [], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Quoted: the checkout's path may contain spaces. Inherited by zero-cache's workers.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(preload)}`].filter(Boolean).join(' '),
      ZERO_UPSTREAM_DB: opts.upstreamDb,
      ZERO_REPLICA_FILE: opts.replicaFile,
      ZERO_APP_ID: opts.appId,
      ZERO_APP_PUBLICATIONS: opts.publication,
      ZERO_QUERY_URL: opts.queryUrl,
      ZERO_MUTATE_URL: opts.mutateUrl,
      ZERO_QUERY_FORWARD_COOKIES: 'true',
      ZERO_MUTATE_FORWARD_COOKIES: 'true',
      ZERO_QUERY_API_KEY: opts.apiKey,
      ZERO_MUTATE_API_KEY: opts.apiKey,
      ZERO_ADMIN_PASSWORD: opts.adminPassword,
      ZERO_PORT: String(opts.port),
      ZERO_ENABLE_TELEMETRY: 'false',
      // Writes go through our mutators only; legacy CRUD pushes would bypass their checks.
      ZERO_ENABLE_CRUD_MUTATIONS: 'false',
      // Re-ask /query every few seconds whether each connection's session is still valid,
      // so a disabled user or a logged-out session loses its data promptly.
      ZERO_AUTH_REVALIDATE_INTERVAL_SECONDS: process.env.ZERO_AUTH_REVALIDATE_INTERVAL_SECONDS ?? '5',
      // Re-run the query transforms now and then, so a context flag that changed (made
      // superadmin, made a team admin) reaches already-open views without a reconnect.
      ZERO_AUTH_RETRANSFORM_INTERVAL_SECONDS: process.env.ZERO_AUTH_RETRANSFORM_INTERVAL_SECONDS ?? '30',
      ZERO_LOG_LEVEL: process.env.ZERO_LOG_LEVEL ?? 'warn',
      ZERO_NUM_SYNC_WORKERS: process.env.ZERO_NUM_SYNC_WORKERS ?? '1',
    },
  });
  if (child.pid) writeFileSync(opts.pidFile, String(child.pid));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      rmSync(opts.pidFile, { force: true });
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${opts.port}`;
  await waitUntilAnswering(url, child, exited, opts.logFile);
  return { url, exited, stop: () => stopGroup(child, exited) };
}

async function waitUntilAnswering(url: string, child: ChildProcess, exited: Promise<number | null>, logFile: string) {
  let dead = false;
  void exited.then(() => {
    dead = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (dead) throw new Error(`zero-cache exited during start-up (exit code ${child.exitCode}):\n${tail(logFile)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await stopGroup(child, exited);
  throw new Error(`zero-cache did not answer within 60 s:\n${tail(logFile)}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** A previous run killed before it could stop its zero-cache would hold the ports: end it. */
function stopOrphan(pidFile: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8'));
  } catch {
    return;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('zero-cache')) process.kill(-pid, 'SIGKILL');
  } catch {
    // gone already, or not ours
  }
  rmSync(pidFile, { force: true });
}

/** The end of zero-cache's log, for an error message that says what went wrong. */
function tail(logFile: string, lines = 15): string {
  try {
    return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${logFile})`;
  }
}
