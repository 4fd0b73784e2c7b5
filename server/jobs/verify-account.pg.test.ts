import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { type QueueFixture, startQueueFixture } from '../../tests/jobs/queue-fixture.ts';
import { scriptedConnector } from '../../tests/jobs/scripted-connector.ts';

let f: QueueFixture;
let adminId: string;
beforeAll(async () => {
  f = await startQueueFixture();
  [{ user_id: adminId }] = (await f.sql`
    SELECT user_id FROM team_member WHERE team_id = ${f.account.team_id} AND role = 'admin' LIMIT 1`) as unknown as [{ user_id: string }];
}, 60_000);
afterAll(() => f?.stop());

const connection = async () =>
  (await f.sql<{ connection_state: string }[]>`SELECT connection_state FROM account WHERE id = ${f.account.id}`)[0]!.connection_state;

describe('account.connect as a job (ORG-3)', () => {
  it('checks an account connected while no worker ran, once a worker starts', async () => {
    expect(await f.runOnServer(mutators.account.connect({ id: f.account.id }), { userID: adminId })).toEqual({ ok: true });
    expect(await connection()).toBe('pending');
    expect(await f.sql`SELECT 1 FROM graphile_worker.jobs WHERE key = ${`account:${f.account.id}`}`).toHaveLength(1);
    const platform = scriptedConnector({ idempotent: true });
    const runner = await f.startRunner({ connectorFor: () => platform });
    await expect.poll(connection, { timeout: 15_000 }).toBe('connected');
    await runner.stop();
    expect(platform.verifies).toBe(1);
  });

  it('survives a restart in the middle of the check', async () => {
    expect(await f.runOnServer(mutators.account.connect({ id: f.account.id }), { userID: adminId })).toEqual({ ok: true });
    const platform = scriptedConnector({ idempotent: true, verifyScript: ['hold', 'ok'] });
    const first = await f.startRunner({ connectorFor: () => platform });
    await platform.held;
    await first.stop();
    expect(await connection()).toBe('pending');
    const second = await f.startRunner({ connectorFor: () => platform });
    await expect.poll(connection, { timeout: 15_000 }).toBe('connected');
    await second.stop();
    expect(platform.verifies).toBe(2);
  });
});
