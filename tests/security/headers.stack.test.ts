import { describe, expect, inject, it } from 'vitest';

// Issue 6, item 9, on the running server: responses made by better-auth and the health check
// carry the headers too (headers.test.ts covers the app's own routes).
const stack = inject('stack');

describe('security headers on the running server', () => {
  it.each(['/api/auth/get-session', '/api/session', '/healthz'])('are on %s', async (route) => {
    const res = await fetch(`${stack.url}${route}`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
