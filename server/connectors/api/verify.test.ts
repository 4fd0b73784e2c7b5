import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApiPlatform } from '../../../tests/fakes/api-platform.ts';
import { reasonInEnglish } from '../../../schema/reasons.ts';
import { pingCallback, type VerifyResult } from './verify.ts';

let fake: Awaited<ReturnType<typeof startFakeApiPlatform>>;
let silent: Server;
let silentUrl: string;
let allow: string[];

beforeAll(async () => {
  fake = await startFakeApiPlatform();
  fake.setSecret('acc-1', 'the-secret');
  allow = [fake.url];
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

/** The stored reason's English, as logs and API readers get it. */
const english = (r: VerifyResult) => (r.ok ? '' : reasonInEnglish(r.reason));

describe('pingCallback', () => {
  it('is ok when the platform accepts the signed ping', async () => {
    expect(await pingCallback({ callbackUrl: `${fake.url}/inbox/acc-1`, secret: 'the-secret', accountId: 'acc-1', allow })).toEqual({ ok: true });
    expect(fake.received.at(-1)?.body).toMatchObject({ type: 'ping', accountId: 'acc-1' });
  });
  it('gives the status in words, never the body, when the platform refuses', async () => {
    const wrongSecret = await pingCallback({ callbackUrl: `${fake.url}/inbox/acc-1`, secret: 'not-it', accountId: 'acc-1', allow });
    expect(wrongSecret).toEqual({ ok: false, reason: [{ code: 'CONNECT_REFUSED', params: { status: 401, statusText: 'Unauthorized' } }] });
    expect(english(wrongSecret)).toBe(
      'The platform answered 401 Unauthorized. Check the callback URL and the webhook secret on the platform, then connect again.',
    );
    fake.failNext(503, { error: 'internal: postgres password is hunter2' });
    const failed = await pingCallback({ callbackUrl: `${fake.url}/inbox/acc-1`, secret: 'the-secret', accountId: 'acc-1', allow });
    expect(english(failed)).toMatch(/^The platform answered 503 Service Unavailable\./);
    expect(JSON.stringify(failed)).not.toMatch(/hunter2/);
  });
  it('names the network error, and gives up after the timeout', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const closedUrl = `http://127.0.0.1:${port}/`;
    const refused = await pingCallback({ callbackUrl: closedUrl, secret: 's', accountId: 'a', allow: [closedUrl] });
    expect(refused).toEqual({ ok: false, reason: [{ code: 'CONNECTION_REFUSED' }, { code: 'CONNECT_AGAIN' }] });
    expect(english(refused)).toMatch(/^The callback URL refused the connection\..* Then connect again\.$/);
    const slow = await pingCallback({ callbackUrl: silentUrl, secret: 's', accountId: 'a', timeoutMs: 200, allow: [silentUrl] });
    expect(english(slow)).toMatch(/did not answer within 0.2 s/);
  });
  it('refuses an internal address that is not on the allow-list, without calling it', async () => {
    const before = fake.received.length;
    const result = await pingCallback({ callbackUrl: `${fake.url}/inbox/acc-1`, secret: 'the-secret', accountId: 'acc-1' });
    expect(english(result)).toMatch(/points to 127\.0\.0\.1, a loopback address \(internal\)/);
    expect(fake.received.length).toBe(before);
  });
});
