import { lookup as dnsLookup } from 'node:dns/promises';
import http, { STATUS_CODES } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressKindOf, type Reason, reason, reasonInEnglish } from '../../schema/reasons.ts';
import { internalAddressReason } from './internal-address.ts';
import { isOutboundAllowed } from './outbound-allow.ts';
import { outboundUrlProblem } from './outbound-url.ts';

export type OutboundFailureKind = 'url' | 'internal' | 'dns' | 'refused' | 'network' | 'timeout' | 'redirect' | 'too-large';

/**
 * A request Parley chose not to make, or one that did not get an answer. `reason` is the code
 * with parameters that is stored and worded in the reader's language; the message is its
 * English (for logs), naming the URL by `label`. Neither ever quotes the remote answer.
 */
export class OutboundError extends Error {
  override name = 'OutboundError';
  constructor(
    readonly reason: Reason,
    readonly kind: OutboundFailureKind,
    label = 'The callback URL',
  ) {
    super(reasonInEnglish(reason).replace(/^The callback URL/, label));
  }
  /** Worth trying again later: the network, not the address or the URL, was the problem. */
  get retryable(): boolean {
    return ['dns', 'refused', 'network', 'timeout'].includes(this.kind);
  }
}

export type SafeResponse = {
  status: number;
  /** The standard reason phrase of the status (not the remote's own text). */
  statusText: string;
  /** The answer's Retry-After, in milliseconds (seconds or an HTTP date), when it sent one. */
  retryAfterMs?: number;
  ok: boolean;
  text: string;
};

export type SafeFetchOptions = {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Answers longer than this are cut off and the request fails. */
  maxResponseBytes?: number;
  /** Who the URL belongs to, for the words of a failure ("The callback URL"). */
  label?: string;
  /** Allow-list entries for this call only, on top of the process's (tests). */
  allow?: readonly string[];
  /** DNS resolution; replaceable so tests can play a rebinding resolver. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
};

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE = 64 * 1024;

const resolveAll = (host: string) => dnsLookup(host, { all: true, verbatim: true });

/** Resolves once and checks every address; the one returned is the one connected to. */
async function pinAddress(url: URL, opts: SafeFetchOptions, label: string): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = isOutboundAllowed(url, opts.allow);
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (opts.resolve ?? resolveAll)(host);
    } catch {
      throw new OutboundError(reason('DNS_NOT_FOUND', { host }), 'dns', label);
    }
  }
  if (addresses.length === 0) throw new OutboundError(reason('DNS_NO_ADDRESS', { host }), 'dns', label);
  if (!allowed) {
    for (const { address } of addresses) {
      const what = internalAddressReason(address);
      if (what) throw new OutboundError(reason('ADDRESS_INTERNAL', { address, addressKind: addressKindOf(what) }), 'internal', label);
    }
  }
  return addresses[0] as { address: string; family: number };
}

function networkFailure(e: NodeJS.ErrnoException, label: string): OutboundError {
  if (e.code === 'ECONNREFUSED') return new OutboundError(reason('CONNECTION_REFUSED'), 'refused', label);
  if (e.code === 'ECONNRESET') return new OutboundError(reason('CONNECTION_CLOSED'), 'network', label);
  if (e.code === 'EHOSTUNREACH' || e.code === 'ENETUNREACH') return new OutboundError(reason('UNREACHABLE'), 'network', label);
  if (e.code?.startsWith('ERR_TLS') || e.code?.includes('CERT')) return new OutboundError(reason('TLS_UNTRUSTED', { code: e.code }), 'network', label);
  return new OutboundError(reason('NETWORK', { code: e.code ?? 'network error' }), 'network', label);
}

/**
 * The one way Parley's server calls another server (every connector): http(s) only, the
 * host resolved at request time and refused if ANY of its addresses is internal, the
 * connection pinned to the checked address (a DNS answer that changes in between cannot
 * win), no redirects followed, a timeout, and a cap on the answer's size.
 */
export async function safeFetch(rawUrl: string, opts: SafeFetchOptions = {}): Promise<SafeResponse> {
  const label = opts.label ?? 'The URL';
  const problem = outboundUrlProblem(rawUrl, { allow: opts.allow, label });
  if (problem) throw new OutboundError(problem.reason, problem.kind, label);
  const url = new URL(rawUrl);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE;
  const deadline = AbortSignal.timeout(timeoutMs);
  const timedOut = () => new OutboundError(reason('TIMEOUT', { seconds: timeoutMs / 1000 }), 'timeout', label);

  const pinned = await Promise.race([
    pinAddress(url, opts, label),
    new Promise<never>((_, reject) => deadline.addEventListener('abort', () => reject(timedOut()), { once: true })),
  ]);
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<SafeResponse>((resolve, reject) => {
    const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
    const req = transport.request(
      url,
      {
        method: opts.method ?? (body ? 'POST' : 'GET'),
        headers: { ...opts.headers, ...(body ? { 'Content-Length': String(body.byteLength) } : {}) },
        lookup,
        agent: false,
        signal: deadline,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const statusText = STATUS_CODES[status] ?? 'Unknown status';
        if (status >= 300 && status < 400) {
          res.destroy();
          return reject(new OutboundError(reason('REDIRECT', { status }), 'redirect', label));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > maxBytes) {
            res.destroy();
            reject(new OutboundError(reason('TOO_LARGE', { kb: Math.round(maxBytes / 1024) }), 'too-large', label));
          } else chunks.push(chunk);
        });
        const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
        res.on('end', () =>
          resolve({ status, statusText, ok: status >= 200 && status < 300, text: Buffer.concat(chunks).toString('utf8'), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }),
        );
        res.on('error', (e) => reject(deadline.aborted ? timedOut() : networkFailure(e, label)));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => reject(deadline.aborted ? timedOut() : networkFailure(e, label)));
    req.end(body);
  });
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
