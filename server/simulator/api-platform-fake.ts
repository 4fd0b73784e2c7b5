import { Hono } from 'hono';
import { SIGNATURE_HEADER, verifySignature } from '../connectors/api/signature.ts';
import { outboundMessage, pingMessage } from '../connectors/api/wire.ts';
import { BODY_LIMITS, limitBody } from '../net/body-limit.ts';
import { refuseNullCharacters, refuseNullInPath } from '../net/null-character.ts';

/**
 * The receiving side of the API channel's platform, written once: the demo mounts it at
 * /simulator (server/simulator/simulator-app.ts) and the tests serve it standalone
 * (tests/fakes/api-platform.ts). It lives under server/ because the demo runs it in
 * production builds; tests import it from here, never the other way round.
 *
 * Wire behaviour: POST /inbox/:accountId, signed with X-Parley-Signature over the raw body; a
 * ping is answered { ok: true }; a message is checked against the wire format, posted, and
 * answered { id }; a repeated Idempotency-Key is answered with the first id and not posted
 * again (unless `dedupe` is off). Queued behaviours make the next requests fail like a real
 * platform does (5xx, 429 with Retry-After, slow answers, no answer, redirects).
 */
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
  /** The platform's id for what it posted (absent when nothing was posted). */
  platformMessageId?: string;
  receivedAt: string;
};

export type FakeBehaviour = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Answer after this many ms; Infinity never answers. */
  delayMs?: number;
  /** The platform processes the request (posts it) before its answer goes out. */
  accept?: boolean;
};

export type ApiPlatformFakeOptions = {
  /** The account's webhook secret; `undefined` means "no secret known". */
  secretFor: (accountId: string) => string | undefined | Promise<string | undefined>;
  /** Refuse (401) an account with no known secret, as the demo does; tests may accept it. */
  requireSecret: boolean;
  /** The platform's id for the n-th distinct post. */
  newId: (n: number) => string;
  dedupe?: boolean;
  /** Keep only the last `keep` requests (the demo runs for days). */
  keep?: number;
  /** Remember only the last `rememberKeys` Idempotency-Keys; a repeat older than that posts again. */
  rememberKeys?: number;
};

export type ApiPlatformFake = {
  app: Hono;
  /** Every request that passed the signature check, in arrival order. */
  received: FakeApiRequest[];
  /** The requests the platform really posted (failures, pings and deduped repeats left out). */
  posts: FakeApiRequest[];
  /** Queues a behaviour for one coming request (pings included). */
  queue(b: FakeBehaviour): void;
  /** Cancels pending delayed answers (the server closing). */
  stop(): void;
};

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function reasonsOf(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ');
}

function trim<T>(list: T[], keep: number): void {
  if (list.length > keep) list.splice(0, list.length - keep);
}

export function createApiPlatformFake(opts: ApiPlatformFakeOptions): ApiPlatformFake {
  const dedupe = opts.dedupe ?? true;
  const keep = opts.keep ?? Number.POSITIVE_INFINITY;
  const rememberKeys = opts.rememberKeys ?? Number.POSITIVE_INFINITY;
  const received: FakeApiRequest[] = [];
  const posts: FakeApiRequest[] = [];
  const idsByKey = new Map<string, string>();
  const behaviours: FakeBehaviour[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let postCount = 0;

  /** Posts the request (or finds its earlier post) and returns the platform's id for it. */
  function post(entry: FakeApiRequest): string {
    const earlier = dedupe && entry.idempotencyKey ? idsByKey.get(entry.idempotencyKey) : undefined;
    if (earlier) {
      entry.duplicate = true;
      entry.platformMessageId = earlier;
      return earlier;
    }
    const id = opts.newId(++postCount);
    entry.platformMessageId = id;
    posts.push(entry);
    trim(posts, keep);
    if (entry.idempotencyKey) {
      idsByKey.set(entry.idempotencyKey, id);
      if (idsByKey.size > rememberKeys) idsByKey.delete(idsByKey.keys().next().value as string);
    }
    return id;
  }

  /** What a platform answers to a request it processes: refusals of bad input, else its id. */
  function process(accountId: string, json: unknown, entry: FakeApiRequest): { status: number; body: unknown } {
    if (pingMessage.safeParse(json).success) return { status: 200, body: { ok: true } };
    const parsed = outboundMessage.safeParse(json);
    if (!parsed.success) return { status: 400, body: { error: reasonsOf(parsed.error) } };
    if (parsed.data.accountId !== accountId) {
      return { status: 400, body: { error: `accountId ${parsed.data.accountId} does not match the URL's ${accountId}.` } };
    }
    return { status: 200, body: { id: post(entry) } };
  }

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms === Number.POSITIVE_INFINITY) return; // never answers; the server's close ends it
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const app = new Hono();
  app.use('*', refuseNullInPath);
  app.post('/inbox/:accountId', limitBody(BODY_LIMITS.webhook), async (c) => {
    const accountId = c.req.param('accountId');
    const raw = await c.req.text();
    const signature = c.req.header(SIGNATURE_HEADER) ?? null;
    const secret = await opts.secretFor(accountId);
    if (secret === undefined ? opts.requireSecret : !verifySignature(raw, secret, signature)) {
      return c.json({ error: 'bad signature' }, 401);
    }
    const json = parse(raw);
    if (typeof json === 'string') return c.json({ error: 'Body is not valid JSON.' }, 400);
    const withNull = refuseNullCharacters(c, json);
    if (withNull) return withNull;
    const b = behaviours.shift();
    const entry: FakeApiRequest = {
      accountId, body: json, signature, idempotencyKey: c.req.header('Idempotency-Key') ?? null, status: b?.status ?? 200, receivedAt: new Date().toISOString(),
    };
    received.push(entry);
    trim(received, keep);
    let answer: { status: number; body: unknown; headers?: Record<string, string> };
    if (!b) answer = process(accountId, json, entry);
    else if (b.accept ?? b.status < 300) {
      const done = process(accountId, json, entry);
      answer = b.status < 300 ? done : { status: b.status, body: b.body, headers: b.headers };
    } else answer = { status: b.status, body: b.body, headers: b.headers };
    entry.status = answer.status;
    if (b?.delayMs !== undefined) await wait(b.delayMs);
    return c.json(answer.body ?? null, answer.status as 200, answer.headers);
  });

  return {
    app,
    received,
    posts,
    queue: (b) => void behaviours.push(b),
    stop: () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
