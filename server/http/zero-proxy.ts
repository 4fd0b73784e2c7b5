import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { Hono } from 'hono';
import { judgeOrigin } from './origin-check.ts';

/** Where browsers reach zero-cache: on the app's own origin, so its cookie goes along. */
export const ZERO_PATH = '/zero';
// Zero's client connects to `<cacheURL>/sync/v<n>/connect`; zero-cache itself accepts one
// leading path segment as a base, so the request is passed on with /zero kept.
const SYNC_PATH = /^\/zero\/sync\/v\d+\/connect(\?|$)/;

export type ZeroProxyOptions = { target: string; trusted: ReadonlySet<string>; publicUrl: string; log?: (line: string) => void };

/**
 * Forwards WebSocket upgrades on /zero/sync/… to zero-cache (bound to loopback, or the
 * ZERO_CACHE_URL of a separate container) after checking the page's Origin: a page on
 * another origin, even another port of this host, gets 403 before zero-cache sees it.
 * Only the sync socket is forwarded; zero-cache's HTTP endpoints stay internal.
 */
export function attachZeroProxy(server: Server, opts: ZeroProxyOptions): { close: () => void } {
  const target = new URL(opts.target);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const open = new Set<Duplex>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (!SYNC_PATH.test(req.url ?? '')) {
      return refuse(socket, 404, `No WebSocket endpoint at ${req.url}. Parley's sync endpoint is ${ZERO_PATH}.`);
    }
    const verdict = judgeOrigin(req.headers.origin, opts.trusted, opts.publicUrl, true);
    if (!verdict.ok) return refuse(socket, 403, verdict.reason);

    const upstream = net.connect({ host, port });
    open.add(socket);
    const closeBoth = () => {
      open.delete(socket);
      socket.destroy();
      upstream.destroy();
    };
    upstream.once('error', (e) => {
      if (upstream.connecting) {
        opts.log?.(`sync proxy: zero-cache at ${opts.target} is not reachable: ${e.message}`);
        open.delete(socket);
        refuse(socket, 502, 'The sync server is not reachable right now. Reload the page in a moment.');
      } else closeBoth();
    });
    upstream.once('connect', () => {
      if (socket instanceof net.Socket) socket.setNoDelay(true);
      upstream.setNoDelay(true);
      upstream.write(requestHead(req));
      if (head.length > 0) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
      socket.once('close', closeBoth);
      upstream.once('close', closeBoth);
    });
  });
  return {
    close: () => {
      for (const s of open) s.destroy();
    },
  };
}

/** The upgrade request as the browser sent it (headers in their order and spelling). */
function requestHead(req: IncomingMessage): string {
  const lines = [`${req.method} ${req.url} HTTP/1.1`];
  for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: reason });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Plain HTTP under /zero: zero-cache's own pages (health, /statz) are not for browsers. */
export function zeroHttpRoutes() {
  const app = new Hono();
  app.all('*', (c) => c.json({ error: `${ZERO_PATH} is Parley's sync endpoint: it accepts only WebSocket connections from the Parley app.` }, 426));
  return app;
}
