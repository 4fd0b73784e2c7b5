import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../server/auth.ts';

// Issue 6, item 3: behind https the session cookie must never travel over plain http.
const sql = postgres('postgres://nobody@127.0.0.1:1/none', { max: 1 }); // never connected
afterAll(() => sql.end());

async function sessionCookie(baseURL: string) {
  const { auth, close } = createAuth({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', sql, baseURL, secret: 's'.repeat(32), trustedOrigins: [baseURL] });
  try {
    return (await auth.$context).authCookies.sessionToken;
  } finally {
    await close();
  }
}

describe('the session cookie', () => {
  it('is Secure (and __Secure- named) when Parley is served over https, even outside production', async () => {
    const cookie = await sessionCookie('https://parley.example.com');
    expect(cookie.attributes.secure).toBe(true);
    expect(cookie.name).toBe('__Secure-better-auth.session_token');
    expect(cookie.attributes).toMatchObject({ httpOnly: true, sameSite: 'lax' });
  });

  it('stays usable on plain http (npm start on localhost)', async () => {
    expect((await sessionCookie('http://localhost:3000')).attributes.secure).toBe(false);
  });
});
