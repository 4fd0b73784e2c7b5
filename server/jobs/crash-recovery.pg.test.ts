import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { reasonInEnglish } from '../../schema/reasons.ts';
import { type QueueFixture, startQueueFixture } from '../../tests/jobs/queue-fixture.ts';
import { scriptedConnector } from '../../tests/jobs/scripted-connector.ts';

let f: QueueFixture;
beforeAll(async () => {
  f = await startQueueFixture();
}, 60_000);
afterAll(() => f?.stop());

const settled = (id: string, state: string) => expect.poll(async () => (await f.state(id)).delivery, { timeout: 20_000 }).toBe(state);

describe('a server that stops (ARCH: jobs survive restarts)', () => {
  it('delivers a reply committed while no worker ran once a worker starts, exactly once', async () => {
    const platform = scriptedConnector({ idempotent: false });
    const { messageId } = await f.inbound();
    const id = await f.reply(messageId);
    expect((await f.state(id)).delivery).toBe('pending');
    expect(await f.jobsFor(id)).toHaveLength(1);
    const runner = await f.startRunner({ connectorFor: () => platform });
    await settled(id, 'sent');
    await runner.stop();
    expect(platform.posted).toEqual([id]);
  });

  it('sends again after a stop mid-send where the platform dedupes (API channel): posted once', async () => {
    const platform = scriptedConnector({ idempotent: true, script: ['hold', 'accept'] });
    const { messageId } = await f.inbound();
    const id = await f.reply(messageId);
    const first = await f.startRunner({ connectorFor: () => platform });
    await platform.held; // the request reached the platform; its answer never comes back
    await first.stop();
    expect((await f.state(id)).delivery).toBe('sending');
    const second = await f.startRunner({ connectorFor: () => platform });
    await settled(id, 'sent');
    await second.stop();
    expect(platform.sends).toHaveLength(2);
    expect(platform.posted).toEqual([id]);
    expect((await f.state(id)).status).toBe('replied');
  });

  it('never sends again after a stop mid-send where the platform cannot dedupe: not confirmed', async () => {
    const platform = scriptedConnector({ idempotent: false, script: ['hold'] });
    const { messageId } = await f.inbound();
    const id = await f.reply(messageId);
    const first = await f.startRunner({ connectorFor: () => platform });
    await platform.held;
    await first.stop();
    const second = await f.startRunner({ connectorFor: () => platform });
    await settled(id, 'unconfirmed');
    await expect.poll(async () => (await f.jobsFor(id)).length).toBe(0);
    await second.stop();
    expect(platform.sends).toHaveLength(1);
    const state = await f.state(id);
    expect(state.status).toBe('open');
    expect(reasonInEnglish(state.delivery_error)).toMatch(/^Parley stopped while sending this reply\. It may have been posted/);
  });
});

describe('a server killed mid-send (no clean stop)', () => {
  it('has its locked job handed to a live runner once it stops beating; a dedupe-less platform shows not confirmed', async () => {
    const platform = scriptedConnector({ idempotent: false });
    const { messageId } = await f.inbound();
    const id = await f.reply(messageId);
    // What a killed process leaves behind: the reply claimed, its job locked by a silent pool.
    await f.sql`UPDATE message SET delivery = 'sending' WHERE id = ${id}`;
    await f.sql`UPDATE graphile_worker._private_jobs SET locked_by = 'pool-killed', locked_at = now(), attempts = 1
                WHERE key = ${`reply:${id}`}`;
    await f.sql`INSERT INTO job_runner (pool_id, seen_at) VALUES ('pool-killed', now() - interval '5 minutes')`;
    const runner = await f.startRunner({ connectorFor: () => platform, heartbeatMs: 50, staleAfterMs: 1_000 });
    await settled(id, 'unconfirmed');
    await runner.stop();
    expect(platform.sends).toHaveLength(0);
    expect(await f.sql`SELECT 1 FROM job_runner WHERE pool_id = 'pool-killed'`).toHaveLength(0);
  });
});

describe('message.retry', () => {
  it('sends a not-confirmed reply again for real, in one transaction with its job', async () => {
    const platform = scriptedConnector({ idempotent: false, script: [{ fail: 'unconfirmed' }, 'accept'] });
    const runner = await f.startRunner({ connectorFor: () => platform });
    const { messageId } = await f.inbound();
    const id = await f.reply(messageId);
    await settled(id, 'unconfirmed');
    expect(await f.runOnServer(mutators.message.retry({ id }), { userID: f.agentId })).toEqual({ ok: true });
    await settled(id, 'sent');
    await runner.stop();
    expect(platform.sends).toHaveLength(2);
    expect(await f.state(id)).toMatchObject({ delivery_error: null, status: 'replied' });
  });

  it('refuses a reply that was sent, and an outsider, leaving Postgres and the queue unchanged', async () => {
    const { messageId } = await f.inbound();
    const id = await f.reply(messageId);
    await f.sql`UPDATE message SET delivery = 'failed', delivery_error = 'x' WHERE id = ${id}`;
    await f.sql`DELETE FROM graphile_worker._private_jobs WHERE key = ${`reply:${id}`}`;
    const [outsider] = await f.sql<{ user_id: string }[]>`
      SELECT user_id FROM team_member WHERE user_id NOT IN (SELECT user_id FROM team_member WHERE team_id = ${f.account.team_id})
        AND user_id NOT IN (SELECT id FROM profile WHERE is_superadmin) LIMIT 1`;
    const before = await f.state(id);
    expect(await f.runOnServer(mutators.message.retry({ id }), { userID: outsider!.user_id })).toMatchObject({ ok: false, code: 'ACCESS_DENIED' });
    expect(await f.runOnServer(mutators.message.retry({ id: messageId }), { userID: f.agentId })).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_CHANGE',
    });
    expect(await f.runOnServer(mutators.message.retry({ id: 'no-such-message' }), { userID: outsider!.user_id })).toMatchObject({
      ok: false,
      code: 'ACCESS_DENIED',
    });
    expect(await f.state(id)).toEqual(before);
    expect(await f.jobsFor(id)).toHaveLength(0);
  });
});
