import { afterEach, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, sign } from '../../server/connectors/api/signature.ts';
import { type FakeApiPlatform, startFakeApiPlatform } from './api-platform.ts';

let fake: FakeApiPlatform | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

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
    const body = { type: 'message', id: 'm-1', text: 'Hello' };
    const raw = JSON.stringify(body);
    const res = await post(`${fake.url}/inbox/acc-1`, body, { [SIGNATURE_HEADER]: sign(raw, 'secret'), 'Idempotency-Key': 'm-1' });
    expect(res).toEqual({ status: 200, json: { id: 'fake-1' } });
    expect(fake.received).toEqual([{ accountId: 'acc-1', body, signature: sign(raw, 'secret'), idempotencyKey: 'm-1', status: 200 }]);
  });

  it('accepts unsigned requests for accounts without a secret', async () => {
    fake = await startFakeApiPlatform();
    expect((await post(`${fake.url}/inbox/other`, { a: 1 })).status).toBe(200);
    expect(fake.received[0]).toMatchObject({ accountId: 'other', signature: null, idempotencyKey: null });
  });

  it('fails the next request once when asked to', async () => {
    fake = await startFakeApiPlatform();
    fake.failNext(422, { error: 'text violates platform rules' });
    expect(await post(`${fake.url}/inbox/a`, { n: 1 })).toEqual({ status: 422, json: { error: 'text violates platform rules' } });
    expect(await post(`${fake.url}/inbox/a`, { n: 2 })).toEqual({ status: 200, json: { id: 'fake-1' } });
    expect(fake.received.map((r) => r.status)).toEqual([422, 200]);
  });

  it('waits for a matching request, and gives up after the timeout', async () => {
    fake = await startFakeApiPlatform();
    const url = fake.url;
    const waiting = fake.waitFor((r) => (r.body as { n?: number }).n === 2);
    setTimeout(() => void post(`${url}/inbox/a`, { n: 2 }), 50);
    await expect(waiting).resolves.toMatchObject({ accountId: 'a', body: { n: 2 } });
    await expect(fake.waitFor(() => false, 100)).rejects.toThrow(/within 100 ms/);
  });
});
