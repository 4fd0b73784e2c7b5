import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { originCheck } from './origin-check.ts';
import { trustedOrigins } from './trusted-origins.ts';
import { sameSecret } from './zero-api-key.ts';

const trusted = new Set(trustedOrigins('http://localhost:3000', [3001]));
function app(requireOrigin: boolean) {
  const a = new Hono();
  a.use('*', originCheck({ trusted, publicUrl: 'http://localhost:3000', requireOrigin }));
  a.all('*', (c) => c.text('done'));
  return a;
}
const send = (a: Hono, method: string, origin?: string) => a.request('/x', { method, headers: origin ? { Origin: origin } : {} });

describe('originCheck', () => {
  it('lets Parley’s own page write, under any spelling of its host and port', async () => {
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://localhost:3001', 'http://127.0.0.1:3001']) {
      expect((await send(app(true), 'POST', origin)).status, origin).toBe(200);
    }
  });

  it('refuses a write from another origin with 403 and says why', async () => {
    for (const origin of ['http://127.0.0.1:3002', 'http://evil.example', 'null', 'https://localhost:3000']) {
      const res = await send(app(false), 'PUT', origin);
      expect(res.status, origin).toBe(403);
      expect(((await res.json()) as { error: string }).error).toMatch(/not from Parley|no Origin/);
    }
  });

  it('refuses a write naming no origin only where a page is the only caller', async () => {
    expect((await send(app(true), 'DELETE')).status).toBe(403);
    expect((await send(app(false), 'POST')).status).toBe(200);
  });

  it('never blocks reads', async () => {
    expect((await send(app(true), 'GET', 'http://evil.example')).status).toBe(200);
  });
});

describe('sameSecret', () => {
  it('matches only the exact key', () => {
    expect(sameSecret('k'.repeat(64), 'k'.repeat(64))).toBe(true);
    expect(sameSecret('k'.repeat(63), 'k'.repeat(64))).toBe(false);
    expect(sameSecret(undefined, 'k'.repeat(64))).toBe(false);
    expect(sameSecret('', 'k'.repeat(64))).toBe(false);
  });
});
