import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { checkReplicationReady } from './check-replication.ts';

describe('start-up check of an external Postgres', () => {
  describe('without wal_level=logical', () => {
    let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
    beforeAll(async () => {
      pg = await startScratchPostgres({ logicalReplication: false });
    });
    afterAll(() => pg.stop());

    it('stops with a message that says exactly what to change', async () => {
      const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
      try {
        await expect(checkReplicationReady(sql)).rejects.toThrow(/wal_level=replica[\s\S]*ALTER SYSTEM SET wal_level = logical/);
      } finally {
        await sql.end();
      }
    });
  });

  describe('with logical replication', () => {
    let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
    beforeAll(async () => {
      pg = await startScratchPostgres();
    });
    afterAll(() => pg.stop());

    it('accepts a superuser', async () => {
      const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
      await expect(checkReplicationReady(sql)).resolves.toBeUndefined();
      await sql.end();
    });

    it('refuses a role without REPLICATION and names the fix', async () => {
      const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
      await admin`CREATE ROLE limited LOGIN PASSWORD 'limited' NOREPLICATION`;
      await admin.end();
      const url = new URL(pg.url);
      url.username = 'limited';
      url.password = 'limited';
      const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
      try {
        await expect(checkReplicationReady(sql)).rejects.toThrow(/ALTER ROLE "limited" WITH REPLICATION/);
      } finally {
        await sql.end();
      }
    });
  });
});
