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
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from '../../server/connectors/api/signature.ts';

export type FakeApiRequest = {
  accountId: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  signature: string | null;
  idempotencyKey: string | null;
  /** The status the fake answered (or will answer) with. */
  status: number;
  /** True when the Idempotency-Key was already posted: answered, not posted again. */
  duplicate?: boolean;
};

type Behaviour = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Answer after this many ms; Infinity never answers. */
  delayMs?: number;
  /** The platform processes the request (posts it) before its answer goes out. */
  accept?: boolean;
};

export type FakeApiPlatform = {
  url: string;
  /** Every request that passed the signature check, in arrival order. */
  received: FakeApiRequest[];
  /** The requests the platform really posted (failures and deduped repeats left out). */
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export async function startFakeApiPlatform(opts: { port?: number; dedupe?: boolean } = {}): Promise<FakeApiPlatform> {
  const dedupe = opts.dedupe ?? true;
  const secrets = new Map<string, string>();
  const received: FakeApiRequest[] = [];
  const posts: FakeApiRequest[] = [];
  const idsByKey = new Map<string, string>();
  const behaviours: Behaviour[] = [];
  const timers = new Set<NodeJS.Timeout>();

  /** Posts the request (or finds its earlier post) and returns the platform's id for it. */
  function post(entry: FakeApiRequest): string {
    const earlier = dedupe && entry.idempotencyKey ? idsByKey.get(entry.idempotencyKey) : undefined;
    if (earlier) {
      entry.duplicate = true;
      return earlier;
    }
    posts.push(entry);
    const id = `fake-${posts.length}`;
    if (entry.idempotencyKey) idsByKey.set(entry.idempotencyKey, id);
    return id;
  }

  const server = createServer(async (req, res) => {
    try {
      const match = /^\/inbox\/([^/?]+)/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match?.[1]) return answer(res, 404, { error: 'not found' });
      const accountId = decodeURIComponent(match[1]);
      const raw = await readBody(req);
      const signature = req.headers[SIGNATURE_HEADER.toLowerCase()];
      const signatureValue = typeof signature === 'string' ? signature : null;
      const secret = secrets.get(accountId);
      if (secret !== undefined && !verifySignature(raw, secret, signatureValue)) {
        return answer(res, 401, { error: 'bad signature' });
      }
      const key = req.headers['idempotency-key'];
      const b = behaviours.shift() ?? { status: 200 };
      const entry: FakeApiRequest = { accountId, body: parse(raw), signature: signatureValue, idempotencyKey: typeof key === 'string' ? key : null, status: b.status };
      received.push(entry);
      const accepted = b.accept ?? b.status < 300;
      const id = accepted ? post(entry) : null;
      const send = () => answer(res, b.status, id !== null && b.status < 300 ? { id } : b.body, b.headers);
      if (b.delayMs === undefined) return send();
      if (b.delayMs === Number.POSITIVE_INFINITY) return;
      const t = setTimeout(() => {
        timers.delete(t);
        send();
      }, b.delayMs);
      timers.add(t);
    } catch (e) {
      return answer(res, 500, { error: (e as Error).message });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const failure = (status: number): Behaviour => ({ status, body: { error: `fake failure (${status})` } });

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    posts,
    setSecret: (accountId, secret) => void secrets.set(accountId, secret),
    failNext: (status, body = { error: `fake failure (${status})` }) => void behaviours.push({ status, body }),
    failTimes: (times, status = 503) => {
      for (let i = 0; i < times; i++) behaviours.push(failure(status));
    },
    rateLimitNext: (seconds) => void behaviours.push({ ...failure(429), headers: { 'Retry-After': String(seconds) } }),
    slowNext: (ms, o = {}) => void behaviours.push(o.accept === false ? { ...failure(503), delayMs: ms } : { status: 200, delayMs: ms }),
    hangNext: () => void behaviours.push({ status: 200, delayMs: Number.POSITIVE_INFINITY }),
    redirectNext: (location, status = 302) => void behaviours.push({ status, body: { moved: location }, headers: { Location: location } }),
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
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
