import { Hono } from 'hono';
import type postgres from 'postgres';

type PartState = { ok: boolean; detail?: string };

/**
 * GET /healthz: 200 when Postgres, zero-cache and this server all answer; otherwise 503
 * naming the part that is down, so an operator (or a load balancer) knows where to look.
 */
export function healthRoutes(deps: { sql: postgres.Sql; zeroCacheUrl: string }) {
  const app = new Hono();
  app.get('/', async (c) => {
    const [postgresState, zeroState] = await Promise.all([checkPostgres(deps.sql), checkZeroCache(deps.zeroCacheUrl)]);
    const parts = { server: { ok: true } as PartState, postgres: postgresState, zeroCache: zeroState };
    const down = Object.entries(parts)
      .filter(([, s]) => !s.ok)
      .map(([name]) => name);
    return c.json({ status: down.length ? 'down' : 'ok', down, parts }, down.length ? 503 : 200);
  });
  return app;
}

async function checkPostgres(sql: postgres.Sql): Promise<PartState> {
  try {
    await withTimeout(sql`SELECT 1`, 2000);
    return { ok: true };
  } catch (e) {
    return { ok: false, detail: (e as Error).message };
  }
}

async function checkZeroCache(url: string): Promise<PartState> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok ? { ok: true } : { ok: false, detail: `answered ${res.status}` };
  } catch (e) {
    return { ok: false, detail: (e as Error).message };
  }
}

function withTimeout<T>(p: PromiseLike<T>, ms: number): Promise<T> {
  return Promise.race([
    Promise.resolve(p),
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);
}
