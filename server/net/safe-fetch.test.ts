import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutboundUrl } from './outbound-url.ts';
import { OutboundError, safeFetch } from './safe-fetch.ts';

let server: Server;
let port: number;
let origin: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/redirect') return res.writeHead(302, { Location: `${origin}/internal` }).end();
    if (req.url === '/big') return res.end('x'.repeat(200_000));
    if (req.url === '/fail') return res.writeHead(500, 'Database password is hunter2').end('internal details');
    if (req.url === '/silent') return;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"id":"p-1"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<OutboundError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(OutboundError);
  return e as OutboundError;
}

describe('safeFetch refuses internal addresses however they are spelled', () => {
  const spellings = [
    '127.0.0.1', '2130706433', '0x7f000001', '0177.0.0.1', '127.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]',
    '0.0.0.0', '[::]', 'localhost', 'LOCALHOST.', 'app.localhost', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1',
    '100.64.0.1', '169.254.169.254', '[fd00:ec2::254]', '[fe80::1]', '[fc00::1]', '[fd12:3456::1]', '224.0.0.1',
    '255.255.255.255', '[::ffff:10.0.0.1]', '[::ffff:169.254.169.254]', '[ff02::1]',
  ];
  for (const host of spellings) {
    it(`refuses http://${host}:<port>/ before connecting`, async () => {
      const before = hits.length;
      const e = await failure(safeFetch(`http://${host}:${port}/ok`, { label: 'The callback URL' }));
      expect(e.kind).toBe('internal');
      expect(e.message).toMatch(/^The callback URL (points|leads) to .*internal.*Use the platform's public URL\.$/);
      expect(hits.length).toBe(before);
      expect(checkOutboundUrl(`http://${host}:${port}/ok`)).toMatch(/internal/);
    });
  }

  it('refuses a host name when ANY of its addresses is internal', async () => {
    const resolve = async () => [
      { address: '203.0.113.7', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    const e = await failure(safeFetch(`http://two-faced.example:${port}/ok`, { resolve }));
    expect(e).toMatchObject({ kind: 'internal', message: expect.stringMatching(/leads to 127\.0\.0\.1, a loopback address/) });
    const mapped = async () => [{ address: '::ffff:192.168.0.4', family: 6 }];
    expect((await failure(safeFetch(`http://mapped.example:${port}/`, { resolve: mapped }))).kind).toBe('internal');
  });

  it('connects to the address it checked: a second DNS answer cannot win', async () => {
    let calls = 0;
    // A rebinding resolver: public first, loopback afterwards.
    const resolve = async () => (++calls === 1 ? [{ address: '203.0.113.7', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]);
    const before = hits.length;
    const e = await failure(safeFetch(`http://rebind.example:${port}/ok`, { resolve, timeoutMs: 300 }));
    expect(['network', 'timeout']).toContain(e.kind);
    expect(calls).toBe(1);
    expect(hits.length).toBe(before);
  });

  it('refuses schemes other than http(s), and credentials in the URL', async () => {
    expect((await failure(safeFetch('file:///etc/passwd'))).message).toMatch(/must start with http:\/\/ or https:\/\//);
    expect((await failure(safeFetch('gopher://example.com/'))).kind).toBe('url');
    expect((await failure(safeFetch('https://user:pw@example.com/'))).message).toMatch(/user name or password/);
    expect((await failure(safeFetch('not a url'))).kind).toBe('url');
  });
});

describe('safeFetch on an allowed origin', () => {
  const allow = () => [origin];

  it('answers with the status, its standard reason phrase and the body', async () => {
    expect(await safeFetch(`${origin}/ok`, { allow: allow() })).toMatchObject({ status: 200, ok: true, text: '{"id":"p-1"}' });
    const failed = await safeFetch(`${origin}/fail`, { allow: allow() });
    expect(failed).toMatchObject({ status: 500, statusText: 'Internal Server Error', ok: false });
  });

  it('allows only the listed prefix, after the URL is normalised', async () => {
    const only = [`${origin}/simulator/`];
    expect((await failure(safeFetch(`${origin}/simulator/../ok`, { allow: only }))).kind).toBe('internal');
    expect((await failure(safeFetch(`${origin}/simulatorx`, { allow: only }))).kind).toBe('internal');
    expect((await failure(safeFetch(`http://127.0.0.2:${port}/simulator/`, { allow: only }))).kind).toBe('internal');
  });

  it('pins an allowed host name to its first answer too', async () => {
    let calls = 0;
    const resolve = async () => (++calls === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }]);
    const res = await safeFetch(`http://fake-platform.test:${port}/ok`, { resolve, allow: [`http://fake-platform.test:${port}`] });
    expect(res.status).toBe(200);
    expect(calls).toBe(1);
  });

  it('never follows a redirect, and says what to do', async () => {
    const before = hits.filter((h) => h === '/internal').length;
    const e = await failure(safeFetch(`${origin}/redirect`, { allow: allow(), label: 'The callback URL', method: 'POST', body: '{}' }));
    expect(e.message).toBe('The callback URL answered with a redirect (302); Parley does not follow redirects. Use the final URL.');
    expect(hits.filter((h) => h === '/internal').length).toBe(before);
  });

  it('names timeouts, refused connections, DNS failures and oversized answers in words', async () => {
    expect(await failure(safeFetch(`${origin}/silent`, { allow: allow(), timeoutMs: 200 }))).toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/did not answer within 0.2 s/),
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    expect((await failure(safeFetch(`${closedOrigin}/`, { allow: [closedOrigin] }))).message).toMatch(/refused the connection/);
    const nowhere = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await failure(safeFetch('https://no-such-platform.example/', { resolve: nowhere }))).toMatchObject({
      kind: 'dns',
      message: expect.stringMatching(/could not be found \(DNS\)/),
    });
    expect((await failure(safeFetch(`${origin}/big`, { allow: allow(), maxResponseBytes: 1024 }))).kind).toBe('too-large');
  });
});
