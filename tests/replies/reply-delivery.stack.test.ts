import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { queries } from '../../schema/queries/index.ts';
import { reasonInEnglish } from '../../schema/reasons.ts';
import { enqueueDelivery } from '../../server/jobs/deliver-reply.ts';
import { startFakeApiPlatform } from '../fakes/api-platform.ts';
import { fakePlatformPort } from '../fakes/fake-origins.ts';
import { apiAccountOf, type DemoAccount, inboundBody, postInbound } from '../support/demo.ts';
import { quietExpectedRefusals } from '../support/quiet-refusals.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { connectZero, signIn, waitForView, type ZeroClient } from '../support/zero-client.ts';

const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
const clients: ZeroClient[] = [];
let account: DemoAccount;
let fake: Awaited<ReturnType<typeof startFakeApiPlatform>>;
let originalCallback: string | null;

beforeAll(async () => {
  account = await apiAccountOf(sql, 'Support');
  fake = await startFakeApiPlatform({ port: fakePlatformPort(stack.url) });
  fake.setSecret(account.id, account.secret);
  [{ callback_url: originalCallback }] = (await sql`SELECT callback_url FROM account_secret WHERE account_id = ${account.id}`) as unknown as [
    { callback_url: string | null },
  ];
  await sql`UPDATE account_secret SET callback_url = ${`${fake.url}/inbox/${account.id}`} WHERE account_id = ${account.id}`;
});
afterAll(async () => {
  await sql`UPDATE account_secret SET callback_url = ${originalCallback} WHERE account_id = ${account.id}`;
  await Promise.all(clients.map((c) => c.close()));
  await fake.close();
  await sql.end();
});

function client(...args: Parameters<typeof connectZero>) {
  const z = connectZero(...args);
  clients.push(z);
  return z;
}

describe('replying (TIC-1)', () => {
  it('sends through the connector, records the platform id, and turns Open into Replied for the whole team only', async () => {
    const body = inboundBody({ text: 'Is my parcel lost?' });
    const inbound = await postInbound(stack.url, account.id, account.secret, body);
    const inboundId = inbound.json.id as string;
    const [{ customer_id: customerId }] = (await sql`SELECT customer_id FROM message WHERE id = ${inboundId}`) as unknown as [
      { customer_id: string },
    ];

    const agent = client(stack.zeroUrl, await signIn(stack.url, 'agent.support@parley.demo'));
    const teammate = client(stack.zeroUrl, await signIn(stack.url, 'supervisor.support@parley.demo'));
    const outsider = client(stack.zeroUrl, await signIn(stack.url, 'agent.sales@parley.demo'));
    const teammateView = teammate.materialize(queries.customer.conversation({ customerId }));
    await waitForView(teammateView, (c) => c?.messages.some((m) => m.id === inboundId) ?? false);
    const outsiderPlayer = outsider.materialize(queries.player.normal({ limit: 1000 }));
    await waitForView(outsiderPlayer, (d) => d.length > 0);

    await waitForView(agent.materialize(queries.customer.conversation({ customerId })), (c) => !!c);
    const replyId = randomUUID();
    const result = agent.mutate(mutators.message.reply({ id: replyId, inReplyToId: inboundId, text: 'It is on its way!', sentAt: Date.now() }));
    expect((await serverVerdict(agent, result, sql)).type).toBe('success');

    const seen = await waitForView(
      teammateView,
      (c) => !!c && c.messages.some((m) => m.id === replyId && m.delivery === 'sent') && c.tickets[0]?.status === 'replied',
    );
    const reply = seen!.messages.find((m) => m.id === replyId)!;
    expect(reply).toMatchObject({ direction: 'out', parentId: inboundId, text: 'It is on its way!' });
    expect(reply.platformMessageId).toMatch(/^fake-/);

    const delivered = fake.received.filter((r) => r.idempotencyKey === replyId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.body).toMatchObject({ type: 'message', id: replyId, text: 'It is on its way!', inReplyTo: body.id });

    const outsiderRows = await outsider.run(queries.player.normal({ limit: 1000 }));
    expect(outsiderRows.some((m) => m.id === inboundId)).toBe(false);
    const outsiderConversation = await outsider.run(queries.customer.conversation({ customerId }), { type: 'complete' });
    expect(outsiderConversation).toBeUndefined();
  });

  it('records the platform’s refusal as a failed delivery in words, leaves the ticket Open, and never sends twice', async () => {
    const inbound = await postInbound(stack.url, account.id, account.secret, inboundBody());
    const agent = client(stack.zeroUrl, await signIn(stack.url, 'agent.support@parley.demo'));
    fake.failNext(422, { error: 'text violates platform rules' });
    const replyId = randomUUID();
    expect((await serverVerdict(agent, agent.mutate(mutators.message.reply({ id: replyId, inReplyToId: inbound.json.id as string, text: 'Hi', sentAt: Date.now() })), sql)).type).toBe('success');
    await expect.poll(async () => (await sql`SELECT delivery FROM message WHERE id = ${replyId}`)[0]?.delivery).toBe('failed');
    const [row] = await sql`
      SELECT m.delivery_error, t.status FROM message m JOIN ticket t ON t.id = m.ticket_id WHERE m.id = ${replyId}`;
    // The platform's own words stay out: whatever a callback URL answers is read by the whole team.
    // Stored as a code the reader's language words (schema/reasons.ts); its English for logs.
    expect(row).toEqual({ delivery_error: JSON.stringify([{ code: 'REPLY_REFUSED', params: { status: 422, statusText: 'Unprocessable Entity' } }]), status: 'open' });
    expect(reasonInEnglish(row!.delivery_error)).toBe('The platform answered 422 Unprocessable Entity; the reply was not posted.');
    // A duplicate delivery job does not post again: only pending rows are ever claimed.
    await enqueueDelivery(sql, replyId);
    await expect.poll(async () => (await sql`SELECT 1 FROM graphile_worker.jobs WHERE key = ${`reply:${replyId}`}`).length).toBe(0);
    expect(fake.received.filter((r) => r.idempotencyKey === replyId)).toHaveLength(1);

    // Retry really sends again, and only then is the ticket answered.
    expect((await serverVerdict(agent, agent.mutate(mutators.message.retry({ id: replyId })), sql)).type).toBe('success');
    await expect.poll(async () => (await sql`SELECT delivery FROM message WHERE id = ${replyId}`)[0]?.delivery).toBe('sent');
    expect(fake.received.filter((r) => r.idempotencyKey === replyId).map((r) => r.status)).toEqual([422, 200]);
    expect((await sql`SELECT status FROM ticket t JOIN message m ON m.ticket_id = t.id WHERE m.id = ${replyId}`)[0]?.status).toBe('replied');
  });

  it('delivers a demo account’s reply to the simulator of this start: the one internal origin allowed', async () => {
    const sales = await apiAccountOf(sql, 'Sales');
    const [row] = await sql`SELECT callback_url FROM account_secret WHERE account_id = ${sales.id}`;
    expect(row!.callback_url).toBe(`http://127.0.0.1:${new URL(stack.url).port}/simulator/inbox/${sales.id}`);
    const inbound = await postInbound(stack.url, sales.id, sales.secret, inboundBody());
    const agent = client(stack.zeroUrl, await signIn(stack.url, 'agent.sales@parley.demo'));
    const replyId = randomUUID();
    expect((await serverVerdict(agent, agent.mutate(mutators.message.reply({ id: replyId, inReplyToId: inbound.json.id as string, text: 'Hello!', sentAt: Date.now() })), sql)).type).toBe('success');
    await expect.poll(async () => (await sql`SELECT delivery FROM message WHERE id = ${replyId}`)[0]?.delivery).toBe('sent');
    const [reply] = await sql`SELECT platform_message_id FROM message WHERE id = ${replyId}`;
    expect(reply!.platform_message_id).toMatch(/^sim-/);
  });

  it('refuses an empty reply with a message in words', async () => {
    const inbound = await postInbound(stack.url, account.id, account.secret, inboundBody());
    const agent = client(stack.zeroUrl, await signIn(stack.url, 'agent.support@parley.demo'));
    const replyId = randomUUID();
    const restoreConsole = quietExpectedRefusals();
    const result = await agent
      .mutate(mutators.message.reply({ id: replyId, inReplyToId: inbound.json.id as string, text: '   ', sentAt: Date.now() }))
      .client.finally(restoreConsole);
    expect(result.type).toBe('error');
    expect(JSON.stringify(result)).toMatch(/Write a reply/);
    expect(await sql`SELECT 1 FROM message WHERE id = ${replyId}`).toHaveLength(0);
  });
});
