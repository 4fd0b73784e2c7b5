import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from '../../server/connectors/api/signature.ts';

export type FakeApiRequest = {
  accountId: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  signature: string | null;
  idempotencyKey: string | null;
  /** The status the fake answered with. */
  status: number;
};

export type FakeApiPlatform = {
  url: string;
  received: FakeApiRequest[];
  /** Once set, requests for the account must carry a valid signature (else 401). */
  setSecret(accountId: string, secret: string): void;
  /** The next accepted request is answered with this status (and body) instead of 200. */
  failNext(status: number, body?: unknown): void;
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

/**
 * A local platform speaking the API channel's wire format (POST /inbox/:accountId, signed
 * with X-Parley-Signature), so delivery can be tested end to end without the internet.
 */
export async function startFakeApiPlatform(opts: { port?: number } = {}): Promise<FakeApiPlatform> {
  const secrets = new Map<string, string>();
  const received: FakeApiRequest[] = [];
  const failures: { status: number; body: unknown; headers?: Record<string, string> }[] = [];
  let accepted = 0;

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
      const failure = failures.shift();
      const status = failure?.status ?? 200;
      received.push({ accountId, body: parse(raw), signature: signatureValue, idempotencyKey: typeof key === 'string' ? key : null, status });
      if (failure) return answer(res, failure.status, failure.body, failure.headers);
      accepted += 1;
      return answer(res, 200, { id: `fake-${accepted}` });
    } catch (e) {
      return answer(res, 500, { error: (e as Error).message });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    setSecret: (accountId, secret) => void secrets.set(accountId, secret),
    failNext: (status, body = { error: `fake failure (${status})` }) => void failures.push({ status, body }),
    redirectNext: (location, status = 302) => void failures.push({ status, body: { moved: location }, headers: { Location: location } }),
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
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
