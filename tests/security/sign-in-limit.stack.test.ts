import { request } from 'node:http';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SIGN_IN_LIMITS } from '../../server/limits/sign-in-limiter.ts';
import { createUser } from '../support/demo.ts';
import { TRUSTED_TEST_PROXY } from '../support/test-stack.ts';

// Sign-in limits per account and per client address, against the real server: a guesser
// is stopped, the rest of the world is not, and a made-up X-Forwarded-For changes nothing
// unless it comes from a configured proxy.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
afterAll(() => sql.end());

type Attempt = { status: number; retryAfter: string | undefined; body: { message?: string; code?: string } };

/** POSTs a sign-in from a chosen loopback address (every 127.x.y.z is this machine). */
function attempt(email: string, password: string, from: string, forwardedFor?: string): Promise<Attempt> {
  const url = new URL('/api/auth/sign-in/email', stack.url);
  const body = JSON.stringify({ email, password });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    origin: url.origin,
  };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, localAddress: from }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          retryAfter: res.headers['retry-after'] as string | undefined,
          body: text ? (JSON.parse(text) as Attempt['body']) : {},
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const { perPair, perAddress } = DEFAULT_SIGN_IN_LIMITS;

describe('sign-in limits', () => {
  it('stops a guesser after a few wrong passwords, with words and Retry-After, also for the right password', async () => {
    const user = await createUser(sql);
    for (let i = 0; i < perPair; i++) expect((await attempt(user.email, 'wrong-password', '127.0.0.10')).status).toBe(401);
    const refused = await attempt(user.email, 'wrong-password', '127.0.0.10');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/Too many wrong passwords for this account\. Wait \d+ minutes?/);
    // The right password is not even checked while the limit holds.
    expect((await attempt(user.email, user.password, '127.0.0.10')).status).toBe(429);
  });

  it('does not lock the account for everybody: the owner signs in from their own address', async () => {
    const user = await createUser(sql);
    for (let i = 0; i <= perPair; i++) await attempt(user.email, 'wrong-password', '127.0.0.11');
    expect((await attempt(user.email, 'wrong-password', '127.0.0.11')).status).toBe(429);
    expect((await attempt(user.email, user.password, '127.0.0.12')).status).toBe(200);
  });

  it('a rotating X-Forwarded-For from an untrusted client does not reset the count', async () => {
    const user = await createUser(sql);
    const statuses: number[] = [];
    for (let i = 0; i <= perPair; i++) {
      statuses.push((await attempt(user.email, 'wrong-password', '127.0.0.13', `203.0.113.${i + 1}`)).status);
    }
    expect(statuses.slice(0, perPair).every((s) => s === 401)).toBe(true);
    expect(statuses[perPair]).toBe(429);
  });

  it('behind a configured proxy each forwarded client has its own count', async () => {
    const user = await createUser(sql);
    for (let i = 0; i <= perPair; i++) await attempt(user.email, 'wrong-password', TRUSTED_TEST_PROXY, '198.51.100.7');
    expect((await attempt(user.email, 'wrong-password', TRUSTED_TEST_PROXY, '198.51.100.7')).status).toBe(429);
    // Another client behind the same proxy is not punished for the first one's guesses…
    expect((await attempt(user.email, user.password, TRUSTED_TEST_PROXY, '198.51.100.8')).status).toBe(200);
    // …and a hop the client wrote itself, left of the proxy's own entry, proves nothing.
    expect((await attempt(user.email, 'wrong-password', TRUSTED_TEST_PROXY, '10.9.9.9, 198.51.100.7')).status).toBe(429);
  });

  it('one client spraying many accounts is stopped too', async () => {
    const from = '127.0.0.14';
    let last: Attempt | undefined;
    for (let i = 0; i <= perAddress; i++) last = await attempt(`nobody-${i}@parley.test`, 'wrong-password', from);
    expect(last?.status).toBe(429);
    expect(last?.body.message).toMatch(/Too many failed sign-ins from your network/);
  });
});
