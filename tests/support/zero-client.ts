import { Zero } from '@rocicorp/zero';
import WebSocket from 'ws';
import type { Context } from '../../schema/context.ts';
import { mutators } from '../../schema/mutators/index.ts';
import { schema } from '../../schema/schema.ts';
import { numberMutations } from './server-verdict.ts';

/** A logged-in user as a test holds it: the session cookie and the user id. */
export type TestSession = { cookie: string; userID: string; isSuperadmin: boolean };

export const DEMO_PASSWORD = 'parley-demo';

// Node's WebSocket cannot set headers; zero-cache needs the session cookie on the upgrade,
// and the server's /zero proxy needs the page's Origin, as a browser would send them. The
// cookie is chosen by the userID in the connect URL; the origin is the server's own unless
// a test plays a page on another origin.
const cookiesByUser = new Map<string, string>();
const originsByUser = new Map<string, string>();
class CookieWebSocket extends WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    const parsed = new URL(url);
    const userID = parsed.searchParams.get('userID') ?? '';
    const cookie = cookiesByUser.get(userID);
    const origin = originsByUser.get(userID) ?? `${parsed.protocol === 'wss:' ? 'https:' : 'http:'}//${parsed.host}`;
    super(url, protocols, { headers: cookie ? { cookie } : {}, origin });
    // Closing a socket that is still connecting emits an error event; Zero does that on
    // close(), and an unheard 'error' event would crash the test process.
    this.on('error', () => {});
  }
}
(globalThis as { WebSocket: unknown }).WebSocket = CookieWebSocket;

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<TestSession> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = await fetch(`${baseUrl}/api/session`, { headers: { cookie } });
  const { user } = (await me.json()) as { user: { id: string; isSuperadmin: boolean } };
  return { cookie, userID: user.id, isSuperadmin: user.isSuperadmin };
}

/**
 * A Node Zero client that connects as `session`. `claimUserID` and `claimContext` let a
 * test forge what the client says about itself; the server must not believe it. `origin`
 * plays a page on that origin (the WebSocket's Origin header).
 */
export function connectZero(
  zeroUrl: string,
  session: TestSession,
  forge: { claimUserID?: string; claimSuperadmin?: boolean; origin?: string } = {},
) {
  const userID = forge.claimUserID ?? session.userID;
  cookiesByUser.set(userID, session.cookie);
  if (forge.origin) originsByUser.set(userID, forge.origin);
  else originsByUser.delete(userID);
  const z = new Zero({
    cacheURL: zeroUrl,
    userID,
    schema,
    mutators,
    kvStore: 'mem',
    context: { userID, isSuperadmin: forge.claimSuperadmin ?? session.isSuperadmin } as Context,
    logLevel: 'error',
  });
  // Each result learns its mutation id, so serverVerdict can ask Postgres about it.
  return numberMutations(z);
}

export type ZeroClient = ReturnType<typeof connectZero>;

/** Resolves once `predicate` holds for the view's data; rejects with the last data after `timeoutMs`. */
export function waitForView<T>(
  view: { data: T; addListener: (cb: (data: T) => void) => () => void },
  predicate: (data: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let last: T = view.data;
    if (predicate(last)) return resolve(last);
    const timer = setTimeout(() => {
      off();
      reject(new Error(`view did not reach the expected state in ${timeoutMs} ms; last data: ${JSON.stringify(last).slice(0, 500)}`));
    }, timeoutMs);
    const off = view.addListener((data) => {
      last = data;
      if (predicate(data)) {
        clearTimeout(timer);
        off();
        resolve(data);
      }
    });
  });
}
