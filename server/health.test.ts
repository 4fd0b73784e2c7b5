import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { freePortRange } from '../tests/support/ports.ts';
import { healthRoutes } from './health.ts';

// Nothing listens on these ports: the checks must name the parts that are down.
const port = await freePortRange(2);
const sql = postgres(`postgres://nobody:x@127.0.0.1:${port}/none`, { max: 1, connect_timeout: 1, onnotice: () => {} });
afterAll(() => sql.end({ timeout: 0 }));

describe('GET /healthz', () => {
  it('answers 503 and names Postgres and zero-cache when they are down', async () => {
    const app = healthRoutes({ sql, zeroCacheUrl: `http://127.0.0.1:${port + 1}` });
    const res = await app.request('/');
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; down: string[]; parts: Record<string, { ok: boolean }> };
    expect(body.status).toBe('down');
    expect(body.down.sort()).toEqual(['postgres', 'zeroCache']);
    expect(body.parts.server!.ok).toBe(true);
  });
});
