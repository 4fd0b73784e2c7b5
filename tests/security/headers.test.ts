import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppDeps, createApp } from '../../server/app.ts';
import type { Auth } from '../../server/auth.ts';
import { trustedOrigins } from '../../server/http/trusted-origins.ts';
import { parseTrustedProxies } from '../../server/limits/client-address.ts';

// Issue 6, item 9: every response of the app server carries a Content-Security-Policy and the
// anti-framing, anti-sniffing and referrer headers. Routes are called with app.request().
const dist = mkdtempSync(path.join(os.tmpdir(), 'parley-headers-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
const sql = postgres('postgres://nobody@127.0.0.1:1/none', { max: 1 }); // never connected: no route here reads it
afterAll(async () => {
  rmSync(dist, { recursive: true, force: true });
  await sql.end();
});

function app(zeroPublicUrl?: string) {
  const publicUrl = 'http://localhost:3000';
  const auth = { api: { getSession: async () => null }, handler: async () => new Response('{}') } as unknown as Auth;
  return createApp({
    sql,
    auth,
    zeroCacheUrl: 'http://127.0.0.1:1',
    zeroPublicUrl,
    trustedOrigins: trustedOrigins(publicUrl, [3000]),
    zeroApiKey: 'k'.repeat(64),
    publicUrl,
    simulator: false,
    distDir: dist,
    trustedProxies: parseTrustedProxies(undefined),
  } as AppDeps);
}

const expectSecurityHeaders = (res: Response) => {
  const csp = res.headers.get('content-security-policy') ?? '';
  for (const part of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(csp, `${res.url} CSP`).toContain(part);
  }
  expect(csp).toMatch(/connect-src 'self'( ws:\/\/\S+)+/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
};

describe('security headers', () => {
  it.each([
    ['the app page', 'GET', '/', 200],
    ['a client-side route', 'GET', '/conversations/x', 200],
    ['a script', 'GET', '/assets/app.js', 200],
    ['the session API', 'GET', '/api/session', 200],
    ['an unknown API route', 'GET', '/api/nope', 404],
    ['a refused admin write', 'POST', '/api/admin/users', 403],
    ['plain HTTP on the sync path', 'GET', '/zero/', 426],
  ])('are on %s', async (_what, method, url, status) => {
    const res = await app().request(url, { method });
    expect(res.status).toBe(status);
    expectSecurityHeaders(res);
  });

  it('let the page connect to a sync server on another origin when ZERO_PUBLIC_URL names one', async () => {
    const csp = (await app('https://sync.example.com').request('/')).headers.get('content-security-policy');
    expect(csp).toContain('https://sync.example.com wss://sync.example.com');
  });
});
