import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { storeInbound } from './store-inbound.ts';
import { markTicketAfterDeliveredReply } from './ticket-transitions.ts';

let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
let account: { id: string; team_id: string };

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 3, onnotice: () => {} });
  await migrate(sql);
  await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1/simulator' });
  const [api] = await sql<{ id: string; team_id: string }[]>`SELECT id, team_id FROM account WHERE platform = 'api' LIMIT 1`;
  account = api!;
});
afterAll(async () => {
  await sql?.end();
  await pg?.stop();
});

const inbound = (customerId: string, text = 'Hello?') =>
  storeInbound(sql, {
    accountId: account.id,
    teamId: account.team_id,
    platformMessageId: randomUUID(),
    customer: { platformId: customerId, name: 'Test', handle: '@test' },
    text,
    kind: 'dm',
    sentAt: new Date(),
  });
const statusOf = async (ticketId: string) => (await sql<{ status: string }[]>`SELECT status FROM ticket WHERE id = ${ticketId}`)[0]!.status;

describe('TIC-1 in Postgres', () => {
  it('joins the latest ticket that is not Closed and reopens it; after Closed, opens a new one', async () => {
    const customer = `c-${randomUUID()}`;
    const first = await inbound(customer);
    await sql`UPDATE ticket SET status = 'awaiting' WHERE id = ${first.ticketId}`;
    const second = await inbound(customer);
    expect(second.ticketId).toBe(first.ticketId);
    expect(await statusOf(first.ticketId)).toBe('open');
    await sql`UPDATE ticket SET status = 'closed' WHERE id = ${first.ticketId}`;
    const third = await inbound(customer);
    expect(third.ticketId).not.toBe(first.ticketId);
    expect(await statusOf(third.ticketId)).toBe('open');
  });

  it('marks an Open ticket Replied after a delivered reply, unless the customer wrote after the reply was written', async () => {
    const first = await inbound(`c-${randomUUID()}`);
    const writtenAt = new Date(Date.now() + 1);
    await sql.begin((tx) => markTicketAfterDeliveredReply(tx, { ticketId: first.ticketId, replyCreatedAt: writtenAt }));
    expect(await statusOf(first.ticketId)).toBe('replied');

    const customer = `c-${randomUUID()}`;
    const before = await inbound(customer);
    const replyWrittenAt = new Date(Date.now() - 60_000);
    await inbound(customer, 'Anyone there?');
    await sql.begin((tx) => markTicketAfterDeliveredReply(tx, { ticketId: before.ticketId, replyCreatedAt: replyWrittenAt }));
    expect(await statusOf(before.ticketId)).toBe('open');
  });
});
