import { execFile } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { webhookRoutes } from '../webhooks/webhook-routes.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
let server: Server;
let url: string;

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 3, onnotice: () => {} });
  await migrate(sql);
  await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1/simulator' });
  // Only the webhook intake is needed: that is all the simulator talks to.
  const app = new Hono().route('/webhooks', webhookRoutes({ sql }));
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await sql?.end();
  await pg?.stop();
});

function simulate(...args: string[]) {
  return run(path.join(root, 'node_modules/.bin/tsx'), ['server/simulator/simulate.ts', '--database-url', pg.url, ...args], { cwd: root });
}

async function counts() {
  const [row] = await sql<{ messages: number; customers: number }[]>`
    SELECT (SELECT count(*)::int FROM message) AS messages, (SELECT count(*)::int FROM customer) AS customers`;
  return row!;
}

describe('npm run simulate', () => {
  it('posts signed messages to every API account, new and returning customers alike', async () => {
    const before = await counts();
    const { stdout } = await simulate('--url', url, '--count', '16', '--rate', '100');
    const lines = stdout.split('\n').filter((l) => /^\s*\d+\/16 /.test(l));
    expect(lines).toHaveLength(16);
    for (const l of lines) expect(l).toMatch(/ 200$/);
    expect(lines.some((l) => l.includes('Northwind Help'))).toBe(true);
    expect(lines.some((l) => l.includes('Northwind Sales API'))).toBe(true);
    expect(stdout).toMatch(/16 delivered, 0 failed/);
    const after = await counts();
    expect(after.messages - before.messages).toBe(16);
    // Returning customers join their existing tickets instead of becoming new customers.
    expect(after.customers - before.customers).toBeLessThan(16);
  });

  it('sends to one account chosen by name', async () => {
    const { stdout } = await simulate('--url', url, '--count', '3', '--rate', '100', '--account', 'northwind sales api');
    expect(stdout.split('\n').filter((l) => l.includes('Northwind Sales API'))).toHaveLength(3);
    expect(stdout).not.toMatch(/Northwind Help/);
  });

  it('fails with a clear message for a non-API account and exits non-zero when posts fail', async () => {
    await expect(simulate('--url', url, '--account', 'Northwind on X')).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/only API accounts/) });
    await expect(simulate('--url', 'http://127.0.0.1:9', '--count', '1')).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/0 delivered, 1 failed/) });
  });
});
