import { afterEach, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, sign } from '../../server/connectors/api/signature.ts';
import { type FakeApiPlatform, startFakeApiPlatform } from './api-platform.ts';

let fake: FakeApiPlatform | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A message in the API channel's outbound wire format, for account `a` unless told. */
function msg(id = 'm-1', accountId = 'a', text = 'Hello') {
  return { type: 'message', id, accountId, customer: { id: 'c-1', handle: '@kate' }, kind: 'dm', text, inReplyTo: null, sentAt: '2026-11-26T10:00:00Z' };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('fake API platform', () => {
  it('refuses a bad signature once a secret is set, and records nothing', async () => {
    fake = await startFakeApiPlatform();
    fake.setSecret('acc-1', 'secret');
    const res = await post(`${fake.url}/inbox/acc-1`, { type: 'message' }, { [SIGNATURE_HEADER]: sign('something else', 'secret') });
    expect(res.status).toBe(401);
    expect((await post(`${fake.url}/inbox/acc-1`, { type: 'message' })).status).toBe(401);
    expect(fake.received).toHaveLength(0);
  });

  it('records a well-signed request with its headers and answers with its own id', async () => {
    fake = await startFakeApiPlatform();
    fake.setSecret('acc-1', 'secret');
    const body = msg('m-1', 'acc-1');
    const raw = JSON.stringify(body);
    const res = await post(`${fake.url}/inbox/acc-1`, body, { [SIGNATURE_HEADER]: sign(raw, 'secret'), 'Idempotency-Key': 'm-1' });
    expect(res).toEqual({ status: 200, json: { id: 'fake-1' } });
    expect(fake.received).toEqual([
      { accountId: 'acc-1', body, signature: sign(raw, 'secret'), idempotencyKey: 'm-1', status: 200, platformMessageId: 'fake-1', receivedAt: expect.any(String) },
    ]);
  });

  it('accepts unsigned requests for accounts without a secret', async () => {
    fake = await startFakeApiPlatform();
    expect((await post(`${fake.url}/inbox/other`, msg('m-1', 'other'))).status).toBe(200);
    expect(fake.received[0]).toMatchObject({ accountId: 'other', signature: null, idempotencyKey: null });
  });

  it('answers a ping { ok: true } without posting it, and refuses a malformed message with 400', async () => {
    fake = await startFakeApiPlatform();
    expect(await post(`${fake.url}/inbox/a`, { type: 'ping', accountId: 'a', sentAt: '2026-11-26T10:00:00Z' })).toEqual({ status: 200, json: { ok: true } });
    const bad = await post(`${fake.url}/inbox/a`, { ...msg(), kind: 'fax' });
    expect(bad.status).toBe(400);
    expect(String(bad.json.error)).toMatch(/kind/);
    expect((await post(`${fake.url}/inbox/a`, msg('m-1', 'someone-else'))).status).toBe(400);
    expect(fake.posts).toHaveLength(0);
  });

  it('fails the next request once when asked to', async () => {
    fake = await startFakeApiPlatform();
    fake.failNext(422, { error: 'text violates platform rules' });
    expect(await post(`${fake.url}/inbox/a`, msg('m-1'))).toEqual({ status: 422, json: { error: 'text violates platform rules' } });
    expect(await post(`${fake.url}/inbox/a`, msg('m-2'))).toEqual({ status: 200, json: { id: 'fake-1' } });
    expect(fake.received.map((r) => r.status)).toEqual([422, 200]);
  });

  it('waits for a matching request, and gives up after the timeout', async () => {
    fake = await startFakeApiPlatform();
    const url = fake.url;
    const waiting = fake.waitFor((r) => (r.body as { id?: string }).id === 'm-2');
    setTimeout(() => void post(`${url}/inbox/a`, msg('m-2')), 50);
    await expect(waiting).resolves.toMatchObject({ accountId: 'a', body: { id: 'm-2' } });
    await expect(fake.waitFor(() => false, 100)).rejects.toThrow(/within 100 ms/);
  });
});

describe('fake API platform failure modes', () => {
  it('fails N times with a 5xx before processing, then posts', async () => {
    fake = await startFakeApiPlatform();
    fake.failTimes(2, 503);
    expect((await post(`${fake.url}/inbox/a`, msg('m-1'), { 'Idempotency-Key': 'k' })).status).toBe(503);
    expect((await post(`${fake.url}/inbox/a`, msg('m-1'), { 'Idempotency-Key': 'k' })).status).toBe(503);
    expect(fake.posts).toHaveLength(0);
    expect(await post(`${fake.url}/inbox/a`, msg('m-1'), { 'Idempotency-Key': 'k' })).toEqual({ status: 200, json: { id: 'fake-1' } });
    expect(fake.posts).toHaveLength(1);
  });

  it('answers 429 with Retry-After and posts nothing', async () => {
    fake = await startFakeApiPlatform();
    fake.rateLimitNext(3);
    const res = await fetch(`${fake.url}/inbox/a`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(fake.posts).toHaveLength(0);
  });

  it('posts a repeated Idempotency-Key once and answers it with the first id', async () => {
    fake = await startFakeApiPlatform();
    const first = await post(`${fake.url}/inbox/a`, msg('m-1'), { 'Idempotency-Key': 'm-1' });
    const again = await post(`${fake.url}/inbox/a`, msg('m-1'), { 'Idempotency-Key': 'm-1' });
    expect(again).toEqual(first);
    expect(fake.posts).toHaveLength(1);
    expect(fake.received.map((r) => r.duplicate ?? false)).toEqual([false, true]);
  });

  it('without dedupe, plays a platform that posts every repeat', async () => {
    fake = await startFakeApiPlatform({ dedupe: false });
    await post(`${fake.url}/inbox/a`, msg('m-1'), { 'Idempotency-Key': 'm-1' });
    await post(`${fake.url}/inbox/a`, msg('m-1'), { 'Idempotency-Key': 'm-1' });
    expect(fake.posts).toHaveLength(2);
  });

  it('a slow answer has already posted: a client that gives up leaves a real post behind', async () => {
    fake = await startFakeApiPlatform();
    fake.slowNext(60_000);
    const gaveUp = fetch(`${fake.url}/inbox/a`, { method: 'POST', body: JSON.stringify(msg('k')), headers: { 'Idempotency-Key': 'k' }, signal: AbortSignal.timeout(100) });
    await expect(gaveUp).rejects.toThrow();
    expect(fake.posts).toHaveLength(1);
    // The retry with the same key is answered at once with the id of the first post.
    expect(await post(`${fake.url}/inbox/a`, msg('k'), { 'Idempotency-Key': 'k' })).toEqual({ status: 200, json: { id: 'fake-1' } });
  });

  it('a slow refusal posts nothing and answers 503 late', async () => {
    fake = await startFakeApiPlatform();
    fake.slowNext(150, { accept: false });
    const started = Date.now();
    expect((await post(`${fake.url}/inbox/a`, msg())).status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(fake.posts).toHaveLength(0);
  });

  it('hangs on command: the request is posted and never answered until close', async () => {
    fake = await startFakeApiPlatform();
    fake.hangNext();
    const hung = fetch(`${fake.url}/inbox/a`, { method: 'POST', body: JSON.stringify(msg()), signal: AbortSignal.timeout(100) });
    await expect(hung).rejects.toThrow();
    expect(fake.posts).toHaveLength(1);
  });
});
