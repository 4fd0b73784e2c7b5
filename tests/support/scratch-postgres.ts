import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.ts';
import { freePortRange } from './ports.ts';

/** A throwaway real Postgres in the temp dir, for tests that need one of their own. */
export async function startScratchPostgres(opts: { logicalReplication?: boolean } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-pg-'));
  chmodSync(dir, 0o755); // the postgres OS user must be able to enter it
  const port = await freePortRange(1);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, ephemeral: true, ...opts });
  return {
    url: pg.url,
    port,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
