import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from '../db/migrate.ts';
import { tick } from './clock.ts';
import { startJobRunner } from './runner.ts';

let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 3, onnotice: () => {} });
  await migrate(sql);
  await (await startJobRunner({ databaseUrl: pg.url, sql, log: () => {}, concurrency: 1 })).stop(); // graphile-worker's schema
}, 60_000);
afterAll(async () => {
  await sql?.end();
  await pg?.stop();
});

describe('the minute clock', () => {
  it('enqueues one job per minute however many servers tick, and however often', async () => {
    const at = new Date('2030-01-01T10:00:20Z');
    const ticks = await Promise.all([tick(sql, at), tick(sql, new Date('2030-01-01T10:00:40Z')), tick(sql, at)]);
    expect(ticks.filter(Boolean)).toHaveLength(1);
    expect(await tick(sql, new Date('2030-01-01T10:01:00Z'))).toBe(true);
    const jobs = await sql`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'clock.minute' ORDER BY key`;
    expect(jobs.map((j) => j.key)).toEqual(['tick:2030-01-01T10:00:00.000Z', 'tick:2030-01-01T10:01:00.000Z']);
  });
});
