import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonInEnglish } from '../../schema/reasons.ts';
import type { startFakeApiPlatform } from '../../tests/fakes/api-platform.ts';
import { fakePlatformFor, type QueueFixture, startQueueFixture } from '../../tests/jobs/queue-fixture.ts';
import { scriptedConnector } from '../../tests/jobs/scripted-connector.ts';
import type { Connector } from '../connectors/connector.ts';

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

/** Each test runs its own worker, talking to the fake API platform or to a scripted one. */
async function withRunner(platform: Connector | 'fake', test: () => Promise<void>, retryBaseMs = 100) {
  const runner = await f.startRunner(platform === 'fake' ? { allow: [fake.url], retryBaseMs } : { connectorFor: () => platform, retryBaseMs });
  try {
    await test();
  } finally {
    await runner.stop();
  }
}
async function newReply() {
  const { messageId } = await f.inbound();
  return f.reply(messageId);
}
const settled = (id: string, state: string) => expect.poll(async () => (await f.state(id)).delivery, { timeout: 15_000 }).toBe(state);
const noJobLeft = (id: string) => expect.poll(async () => (await f.jobsFor(id)).length, { timeout: 15_000 }).toBe(0);

describe('reply delivery through the queue', () => {
  it('delivers a reply exactly once and turns its Open ticket Replied', () =>
    withRunner('fake', async () => {
      const id = await newReply();
      await settled(id, 'sent');
      expect(await f.state(id)).toMatchObject({ delivery_error: null, status: 'replied', platform_message_id: expect.stringMatching(/^fake-/) });
      await noJobLeft(id);
      expect(fake.received.filter((r) => r.idempotencyKey === id)).toHaveLength(1);
    }));

  it('tries again after 5xx answers and posts the reply once', () =>
    withRunner('fake', async () => {
      fake.failNext(503);
      fake.failNext(502);
      const id = await newReply();
      await settled(id, 'sent');
      const tries = fake.received.filter((r) => r.idempotencyKey === id);
      expect(tries.map((r) => r.status)).toEqual([503, 502, 200]);
      expect((await f.state(id)).status).toBe('replied');
    }));

  it('fails at once with the platform’s reason in words and leaves the ticket as it was', () =>
    withRunner('fake', async () => {
      fake.failNext(422, { error: 'internal detail the team must not read' });
      const id = await newReply();
      await settled(id, 'failed');
      const state = await f.state(id);
      expect(state).toMatchObject({
        delivery_error: JSON.stringify([{ code: 'REPLY_REFUSED', params: { status: 422, statusText: 'Unprocessable Entity' } }]),
        status: 'open',
      });
      expect(reasonInEnglish(state.delivery_error)).toBe('The platform answered 422 Unprocessable Entity; the reply was not posted.');
      await noJobLeft(id);
      expect(fake.received.filter((r) => r.idempotencyKey === id)).toHaveLength(1);
    }));

  it('waits at least as long as a rate-limited platform asks', async () => {
    const platform = scriptedConnector({ idempotent: true, script: [{ fail: 'rate_limited', retryAfterMs: 1_500 }, 'accept'] });
    await withRunner(platform, async () => {
      const id = await newReply();
      await expect.poll(() => platform.sends.length).toBe(1);
      const asked = platform.sends[0]!.at + 1_500;
      await expect.poll(async () => (await f.jobsFor(id))[0]?.run_at.getTime() ?? 0).toBeGreaterThanOrEqual(asked - 5);
      await settled(id, 'sent');
      expect(platform.sends[1]!.at).toBeGreaterThanOrEqual(asked);
      expect(platform.posted).toEqual([id]);
      expect((await f.state(id)).status).toBe('replied');
    });
  });

  it('records a reply sent once even when the platform answers with an id another message already has', async () => {
    const platform = scriptedConnector({ idempotent: false });
    const taken = `scripted-taken-${Date.now()}`;
    platform.send = async (_account, reply) => {
      platform.sends.push({ id: reply.id, at: Date.now() });
      return { platformMessageId: taken };
    };
    await withRunner(platform, async () => {
      const first = await newReply();
      await settled(first, 'sent');
      const second = await newReply();
      await settled(second, 'sent');
      await noJobLeft(second);
      // Each reply went out once: a clash on the platform's id must never make the queue resend.
      expect(platform.sends.filter((s) => s.id === second)).toHaveLength(1);
      expect((await f.state(second)).status).toBe('replied');
    });
  });

  it('marks a send that may have been posted on a platform that cannot dedupe as not confirmed, and never retries it', async () => {
    const platform = scriptedConnector({ idempotent: false, script: [{ fail: 'unconfirmed' }] });
    await withRunner(platform, async () => {
      const id = await newReply();
      await settled(id, 'unconfirmed');
      await noJobLeft(id);
      expect(platform.sends).toHaveLength(1);
      const state = await f.state(id);
      expect(state.status).toBe('open');
      expect(reasonInEnglish(state.delivery_error)).toMatch(/may have been posted\. Check on the platform before sending it again\.$/);
    });
  });

  it('retries an unconfirmed send where the platform dedupes by Parley’s id', async () => {
    const platform = scriptedConnector({ idempotent: true, script: [{ fail: 'unconfirmed' }, 'accept'] });
    await withRunner(platform, async () => {
      const id = await newReply();
      await settled(id, 'sent');
      expect(platform.sends).toHaveLength(2);
      expect(platform.posted).toEqual([id]);
    });
  });

  it('gives up after its tries with words, leaving the ticket Open', async () => {
    const platform = scriptedConnector({ idempotent: true, script: Array.from({ length: 8 }, () => ({ fail: 'retryable' as const })) });
    await withRunner(platform, async () => {
      const id = await newReply();
      await settled(id, 'failed');
      expect(platform.sends).toHaveLength(8);
      const state = await f.state(id);
      expect(state.status).toBe('open');
      expect(reasonInEnglish(state.delivery_error)).toMatch(/tried 8 times; use Send again/);
    }, 5);
  });
});
