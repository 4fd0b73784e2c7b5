import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApiPlatform } from '../../../tests/fakes/api-platform.ts';
import { pingCallback } from './verify.ts';

let fake: Awaited<ReturnType<typeof startFakeApiPlatform>>;
let silent: Server;
let silentUrl: string;

beforeAll(async () => {
  fake = await startFakeApiPlatform();
  fake.setSecret('acc-1', 'the-secret');
  // Accepts the request and never answers.
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await fake.close();
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
});

describe('pingCallback', () => {
  it('is ok when the platform accepts the signed ping', async () => {
    expect(await pingCallback({ callbackUrl: `${fake.url}/inbox/acc-1`, secret: 'the-secret', accountId: 'acc-1' })).toEqual({ ok: true });
    expect(fake.received.at(-1)?.body).toMatchObject({ type: 'ping', accountId: 'acc-1' });
  });
  it('gives the status and an excerpt of the body when the platform refuses', async () => {
    const wrongSecret = await pingCallback({ callbackUrl: `${fake.url}/inbox/acc-1`, secret: 'not-it', accountId: 'acc-1' });
    expect(wrongSecret).toEqual({ ok: false, reason: 'The platform answered 401: {"error":"bad signature"}' });
    fake.failNext(503, { error: 'x'.repeat(400) });
    const long = await pingCallback({ callbackUrl: `${fake.url}/inbox/acc-1`, secret: 'the-secret', accountId: 'acc-1' });
    expect(long.ok || long.reason.length).toBeLessThan(340);
  });
  it('names the network error, and gives up after the timeout', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await pingCallback({ callbackUrl: `http://127.0.0.1:${port}/`, secret: 's', accountId: 'a' });
    expect(refused).toMatchObject({ ok: false, reason: expect.stringMatching(/Could not reach the callback URL \(.*ECONNREFUSED/) });
    const slow = await pingCallback({ callbackUrl: silentUrl, secret: 's', accountId: 'a', timeoutMs: 200 });
    expect(slow).toMatchObject({ ok: false, reason: expect.stringMatching(/did not answer within 0.2 s/) });
  });
});
