import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonInEnglish } from '../../schema/reasons.ts';
import type { startFakeApiPlatform } from '../../tests/fakes/api-platform.ts';
import { fakePlatformFor, type QueueFixture, startQueueFixture } from '../../tests/jobs/queue-fixture.ts';
import { storeInbound } from '../intake/store-inbound.ts';

let f: QueueFixture;
let fake: Awaited<ReturnType<typeof startFakeApiPlatform>>;

beforeAll(async () => {
  f = await startQueueFixture();
  fake = await fakePlatformFor(f);
}, 60_000);
afterAll(async () => {
  await f?.stop();
  await fake?.close();
});

/** Delivers one reply through a worker (allowed to call the fake, or not) and returns its state. */
async function deliveredState(replyId: string, opts: { allowFake: boolean }) {
  const runner = await f.startRunner(opts.allowFake ? { allow: [fake.url] } : {});
  try {
    await expect.poll(async () => (await f.state(replyId)).delivery, { timeout: 15_000 }).toMatch(/^(sent|failed)$/);
  } finally {
    await runner.stop();
  }
  const { delivery, delivery_error, status } = await f.state(replyId);
  return { delivery, delivery_error, status };
}

describe('deliverMessage (TIC-1: Replied only once the platform has the reply)', () => {
  it('marks the reply sent and its Open ticket Replied together', async () => {
    const { messageId } = await f.inbound();
    const replyId = await f.reply(messageId);
    expect(await deliveredState(replyId, { allowFake: true })).toEqual({ delivery: 'sent', delivery_error: null, status: 'replied' });
  });

  it('leaves the ticket Open and calls nothing when the callback URL is internal', async () => {
    const before = fake.received.length;
    const { messageId } = await f.inbound();
    const replyId = await f.reply(messageId);
    const state = await deliveredState(replyId, { allowFake: false }); // the fake is just another loopback port
    expect(state).toMatchObject({ delivery: 'failed', status: 'open' });
    expect(reasonInEnglish(state.delivery_error)).toMatch(/^The callback URL points to 127\.0\.0\.1, a loopback address \(internal\)/);
    expect(fake.received.length).toBe(before);
  });

  it('keeps the ticket Open when the customer wrote again after the reply was written', async () => {
    const first = await f.inbound();
    const replyId = await f.reply(first.messageId);
    const [{ platform_customer_id: platformId }] = (await f.sql`
      SELECT platform_customer_id FROM customer WHERE id = ${first.customerId}`) as unknown as [{ platform_customer_id: string }];
    await storeInbound(f.sql, {
      accountId: f.account.id,
      teamId: f.account.team_id,
      platformMessageId: `again-${replyId}`,
      customer: { platformId, name: 'Ana', handle: '@ana' },
      text: 'Hello?',
      kind: 'dm',
      sentAt: new Date(),
    });
    expect(await deliveredState(replyId, { allowFake: true })).toMatchObject({ delivery: 'sent', status: 'open' });
  });
});
