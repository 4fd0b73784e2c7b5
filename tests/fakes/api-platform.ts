/**
 * A local platform speaking the API channel's wire format (POST /inbox/:accountId, signed with
 * X-Parley-Signature, Idempotency-Key honoured), so delivery and Connect are tested end to end
 * without the internet.
 *
 * How to use it:
 *   const fake = await startFakeApiPlatform();          // { dedupe: false } plays a platform
 *   fake.setSecret(accountId, secret);                  //   that posts every repeat again
 *   // point the account's callback URL at `${fake.url}/inbox/${accountId}`
 *   fake.failTimes(2, 503);          // the next 2 requests: 503, nothing posted
 *   fake.rateLimitNext(3);           // the next request: 429 with Retry-After: 3
 *   fake.slowNext(5_000);            // posts at once, answers 200 after 5 s (a client timeout
 *                                    //   then is a send that did reach the platform)
 *   fake.slowNext(5_000, { accept: false }); // answers 503 after 5 s, nothing posted
 *   fake.hangNext();                 // posts, never answers (until close())
 *   await fake.waitFor((r) => r.idempotencyKey === replyId);
 *   fake.posts                       // what really got posted: one entry per distinct key
 * Behaviours queue up in order and each applies to one request (pings included). A request
 * whose Idempotency-Key was already posted answers 200 with the first id and posts nothing.
 * The request handling is server/simulator/api-platform-fake.ts, the same code the demo's
 * /simulator mounts; this file only serves it on its own port and adds the test controls.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApiPlatformFake, type FakeApiRequest, type FakeBehaviour } from '../../server/simulator/api-platform-fake.ts';

export type { FakeApiRequest };

export type FakeApiPlatform = {
  url: string;
  /** Every request that passed the signature check, in arrival order. */
  received: FakeApiRequest[];
  /** The requests the platform really posted (failures, pings and deduped repeats left out). */
  posts: FakeApiRequest[];
  /** Once set, requests for the account must carry a valid signature (else 401). */
  setSecret(accountId: string, secret: string): void;
  /** The next request is answered with this status (and body) instead of 200. */
  failNext(status: number, body?: unknown): void;
  /** The next `times` requests are answered with `status` (a 5xx before processing). */
  failTimes(times: number, status?: number): void;
  /** The next request is answered 429 with `Retry-After: <seconds>`. */
  rateLimitNext(retryAfterSeconds: number): void;
  /** The next request is answered after `ms`; by default it is posted first (accept: true). */
  slowNext(ms: number, opts?: { accept?: boolean }): void;
  /** The next request is posted and never answered (until close()): a client timeout. */
  hangNext(): void;
  /** The next accepted request is answered with a redirect to `location`. */
  redirectNext(location: string, status?: number): void;
  /** Resolves with the first recorded request matching `pred`, waiting up to `timeoutMs`. */
  waitFor(pred: (r: FakeApiRequest) => boolean, timeoutMs?: number): Promise<FakeApiRequest>;
  close(): Promise<void>;
};

const POLL_MS = 25;

export async function startFakeApiPlatform(opts: { port?: number; dedupe?: boolean } = {}): Promise<FakeApiPlatform> {
  const secrets = new Map<string, string>();
  const fake = createApiPlatformFake({
    secretFor: (accountId) => secrets.get(accountId),
    requireSecret: false,
    newId: (n) => `fake-${n}`,
    dedupe: opts.dedupe,
  });
  fake.app.notFound((c) => c.json({ error: 'not found' }, 404));
  const server = createServer(getRequestListener(fake.app.fetch));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const failure = (status: number): FakeBehaviour => ({ status, body: { error: `fake failure (${status})` } });
  const { received, posts, queue } = fake;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    posts,
    setSecret: (accountId, secret) => void secrets.set(accountId, secret),
    failNext: (status, body = { error: `fake failure (${status})` }) => queue({ status, body }),
    failTimes: (times, status = 503) => {
      for (let i = 0; i < times; i++) queue(failure(status));
    },
    rateLimitNext: (seconds) => queue({ ...failure(429), headers: { 'Retry-After': String(seconds) } }),
    slowNext: (ms, o = {}) => queue(o.accept === false ? { ...failure(503), delayMs: ms } : { status: 200, delayMs: ms }),
    hangNext: () => queue({ status: 200, delayMs: Number.POSITIVE_INFINITY }),
    redirectNext: (location, status = 302) => queue({ status, body: { moved: location }, headers: { Location: location } }),
    waitFor: (pred, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const check = () => {
          const found = received.find(pred);
          if (found) return resolve(found);
          if (Date.now() >= deadline) return reject(new Error(`No matching request reached the fake platform within ${timeoutMs} ms.`));
          setTimeout(check, POLL_MS);
        };
        check();
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        fake.stop();
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
