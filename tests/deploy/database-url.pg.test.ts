import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../server/stack.ts';
import { startScratchPostgres } from '../support/scratch-postgres.ts';
import { startTestStack } from '../support/test-stack.ts';
import { signIn } from '../support/zero-client.ts';

// The DATABASE_URL path: the same code against a Postgres it did not start itself.
describe('with DATABASE_URL set', () => {
  let external: Awaited<ReturnType<typeof startScratchPostgres>>;
  let stack: Stack;
  beforeAll(async () => {
    external = await startScratchPostgres();
    stack = await startTestStack({ databaseUrl: external.url });
  });
  afterAll(async () => {
    await stack?.stop();
    await external?.stop();
  });

  it('migrates, seeds and serves the whole product from that server', async () => {
    expect(stack.databaseUrl).toBe(external.url);
    const health = await fetch(`${stack.url}/healthz`);
    expect(health.status).toBe(200);
    const session = await signIn(stack.url, 'agent.support@parley.demo');
    expect(session.userID).toBeTruthy();
    const [{ n }] = (await stack.sql`SELECT count(*)::int AS n FROM message`) as unknown as [{ n: number }];
    expect(n).toBeGreaterThan(100);
  });
});
