import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApiPlatform } from '../../tests/fakes/api-platform.ts';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from '../db/migrate.ts';
import { storeInbound } from '../intake/store-inbound.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { deliverMessage } from './deliver-message.ts';

let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
let fake: Awaited<ReturnType<typeof startFakeApiPlatform>>;
let account: { id: string; team_id: string; webhook_secret: string };
let author: string;

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 3, onnotice: () => {} });
  await migrate(sql);
  await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1:9/simulator' });
  [account] = (await sql`
    SELECT a.id, a.team_id, s.webhook_secret FROM account a JOIN account_secret s ON s.account_id = a.id
    WHERE a.platform = 'api' LIMIT 1`) as unknown as [typeof account];
  [{ user_id: author }] = (await sql`SELECT user_id FROM team_member WHERE team_id = ${account.team_id} LIMIT 1`) as unknown as [{ user_id: string }];
  fake = await startFakeApiPlatform();
  fake.setSecret(account.id, account.webhook_secret);
});
afterAll(async () => {
  await fake?.close();
  await sql?.end();
  await pg?.stop();
});

/** A customer's message on an Open ticket and a pending reply to it, as message.reply leaves them. */
async function pendingReply(callbackUrl: string) {
  await sql`UPDATE account_secret SET callback_url = ${callbackUrl} WHERE account_id = ${account.id}`;
  const n = randomUUID().slice(0, 8);
  const inbound = await storeInbound(sql, {
    accountId: account.id,
    teamId: account.team_id,
    platformMessageId: `in-${n}`,
    customer: { platformId: `c-${n}`, name: 'Ana', handle: '@ana' },
    text: 'Where is my order?',
    kind: 'dm',
    sentAt: new Date(),
  });
  const replyId = randomUUID();
  await sql`
    INSERT INTO message (id, account_id, team_id, customer_id, ticket_id, direction, kind, text, parent_id, platform_parent_id,
                         author_id, delivery, sent_at, created_at)
    VALUES (${replyId}, ${account.id}, ${account.team_id}, ${inbound.customerId}, ${inbound.ticketId}, 'out', 'dm', 'On its way',
            ${inbound.messageId}, ${`in-${n}`}, ${author}, 'pending', now(), now())`;
  return { replyId, ticketId: inbound.ticketId, n };
}

const stateOf = async (replyId: string, ticketId: string) => {
  const [row] = await sql<{ delivery: string; delivery_error: string | null; status: string }[]>`
    SELECT m.delivery, m.delivery_error, t.status FROM message m JOIN ticket t ON t.id = ${ticketId} WHERE m.id = ${replyId}`;
  return row!;
};

describe('deliverMessage (TIC-1: Replied only once the platform has the reply)', () => {
  it('marks the reply sent and its Open ticket Replied together', async () => {
    const { replyId, ticketId } = await pendingReply(`${fake.url}/inbox/${account.id}`);
    await deliverMessage(sql, replyId, { allow: [fake.url] });
    expect(await stateOf(replyId, ticketId)).toEqual({ delivery: 'sent', delivery_error: null, status: 'replied' });
  });

  it('leaves the ticket Open when the platform refuses, and says why without quoting it', async () => {
    const { replyId, ticketId } = await pendingReply(`${fake.url}/inbox/${account.id}`);
    fake.failNext(422, { error: 'internal detail the team must not read' });
    await deliverMessage(sql, replyId, { allow: [fake.url] });
    expect(await stateOf(replyId, ticketId)).toEqual({
      delivery: 'failed',
      delivery_error: 'The platform answered 422 Unprocessable Entity; the reply was not posted.',
      status: 'open',
    });
  });

  it('leaves the ticket Open and calls nothing when the callback URL is internal', async () => {
    const before = fake.received.length;
    const { replyId, ticketId } = await pendingReply(`${fake.url}/inbox/${account.id}`);
    await deliverMessage(sql, replyId); // no allow-list entry: the fake is just another loopback port
    const state = await stateOf(replyId, ticketId);
    expect(state).toMatchObject({ delivery: 'failed', status: 'open' });
    expect(state.delivery_error).toMatch(/^The callback URL points to 127\.0\.0\.1, a loopback address \(internal\)/);
    expect(fake.received.length).toBe(before);
  });

  it('keeps the ticket Open when the customer wrote again after the reply was written', async () => {
    const { replyId, ticketId, n } = await pendingReply(`${fake.url}/inbox/${account.id}`);
    await storeInbound(sql, {
      accountId: account.id,
      teamId: account.team_id,
      platformMessageId: `in-again-${n}`,
      customer: { platformId: `c-${n}`, name: 'Ana', handle: '@ana' },
      text: 'Hello?',
      kind: 'dm',
      sentAt: new Date(),
    });
    await deliverMessage(sql, replyId, { allow: [fake.url] });
    expect(await stateOf(replyId, ticketId)).toMatchObject({ delivery: 'sent', status: 'open' });
  });
});
