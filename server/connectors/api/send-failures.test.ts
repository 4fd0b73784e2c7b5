import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeApiPlatform, startFakeApiPlatform } from '../../../tests/fakes/api-platform.ts';
import { parseRetryAfter } from '../../net/safe-fetch.ts';
import type { ConnectorAccount, OutboundReply } from '../connector.ts';
import { SendFailure } from '../connector.ts';
import { apiConnector } from './index.ts';

// The API adapter maps what the platform answers onto the queue's failure kinds: a 429 with
// Retry-After waits as long as the platform asked, a 5xx retries, a 4xx is permanent.
let fake: FakeApiPlatform;
const account: ConnectorAccount = {
  id: 'acc-send-failures',
  teamId: 'team',
  platform: 'api',
  name: 'Fake',
  callbackUrl: null,
  webhookSecret: 'secret-secret-secret',
  credentials: {},
};
const reply = (id: string): OutboundReply => ({
  id,
  kind: 'dm',
  text: 'Hello',
  customer: { platformId: 'c-1', handle: '@c' },
  inReplyToPlatformId: null,
  sentAt: new Date(),
});

beforeAll(async () => {
  fake = await startFakeApiPlatform();
  fake.setSecret(account.id, account.webhookSecret!);
  account.callbackUrl = `${fake.url}/inbox/${account.id}`;
});
afterAll(() => fake?.close());

async function failureOf(id: string): Promise<SendFailure> {
  const error = await apiConnector.send(account, reply(id), { sql: undefined as never, allow: [fake.url] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SendFailure);
  return error as SendFailure;
}

describe('API adapter send failures', () => {
  it('a 429 with Retry-After is rate limited for exactly that long', async () => {
    fake.rateLimitNext(3);
    const failure = await failureOf('r-429');
    expect(failure.kind).toBe('rate_limited');
    expect(failure.retryAfterMs).toBe(3000);
    expect(failure.message).toMatch(/answered 429 Too Many Requests/);
  });

  it('a 5xx is retryable, and the next attempt posts once', async () => {
    fake.failTimes(1, 503);
    expect((await failureOf('r-503')).kind).toBe('retryable');
    const sent = await apiConnector.send(account, reply('r-503'), { sql: undefined as never, allow: [fake.url] });
    expect(sent.platformMessageId).toBeTruthy();
    expect(fake.posts.filter((p) => p.idempotencyKey === 'r-503')).toHaveLength(1);
  });

  it('Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
