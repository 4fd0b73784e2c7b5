import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { queries } from '../../schema/queries/index.ts';
import { reasonInEnglish } from '../../schema/reasons.ts';
import { type FakeApiPlatform, startFakeApiPlatform } from '../fakes/api-platform.ts';
import { closedFakePort, fakePlatformPort } from '../fakes/fake-origins.ts';
import { createUser, inboundBody, postInbound } from '../support/demo.ts';
import { quietExpectedRefusals } from '../support/quiet-refusals.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { freshTeam } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type TestSession, waitForView, type ZeroClient } from '../support/zero-client.ts';

// ORG-2, ORG-3: a team admin adds an account, gives it the platform's callback URL, connects
// it (the server pings the platform after commit) and deletes it; every state shows live.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
let fake: FakeApiPlatform;
let admin: TestSession;
let z: ZeroClient;
let teamId: string;
let restoreBaseline: () => Promise<void>;
let restoreConsole: () => void;
const openAccounts = (client: ZeroClient) => client.materialize(queries.settings.accounts());
let accounts: ReturnType<typeof openAccounts>;

beforeAll(async () => {
  restoreConsole = quietExpectedRefusals();
  restoreBaseline = await keepBaseline(sql);
  await sql`UPDATE app_config SET account_quota = 10000`;
  // The test stack allows exactly this origin (and the closed one) on its outbound allow-list.
  fake = await startFakeApiPlatform({ port: fakePlatformPort(stack.url) });
  teamId = await freshTeam(sql);
  const user = await createUser(sql, { teamId, role: 'admin' });
  admin = await signIn(stack.url, user.email, user.password);
  z = connectZero(stack.zeroUrl, admin);
  accounts = openAccounts(z);
});
afterAll(async () => {
  await z?.close();
  await fake?.close();
  await restoreBaseline?.();
  await sql.end();
  restoreConsole?.();
});

function admin$(method: string, path: string, body?: unknown) {
  return fetch(`${stack.url}/api/admin/accounts${path}`, {
    method,
    headers: { cookie: admin.cookie, 'Content-Type': 'application/json', Origin: stack.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function addAccount(platform: 'api' | 'x' = 'api') {
  const id = randomUUID();
  const result = await serverVerdict(z, z.mutate(mutators.account.create({ id, teamId, platform, name: `Account ${id.slice(0, 4)}` })), sql);
  expect(result.type).toBe('success');
  return id;
}

/** Connects and waits for the server's verdict to reach the admin's open Settings view. */
async function connect(id: string) {
  expect((await serverVerdict(z, z.mutate(mutators.account.connect({ id })), sql)).type).toBe('success');
  const rows = await waitForView(accounts, (d) => ['connected', 'failed'].includes(d.find((a) => a.id === id)?.connectionState ?? ''));
  return rows.find((a) => a.id === id)!;
}

describe('adding and connecting an account', () => {
  it('gives a new account a webhook secret of its own and shows it pending', async () => {
    const id = await addAccount();
    const [secret] = await sql`SELECT webhook_secret, callback_url FROM account_secret WHERE account_id = ${id}`;
    expect(secret).toMatchObject({ webhook_secret: expect.stringMatching(/^[0-9a-f]{64}$/), callback_url: null });
    await waitForView(accounts, (d) => d.some((a) => a.id === id && a.connectionState === 'pending'));
    const webhook = (await (await admin$('GET', `/${id}/webhook`)).json()) as { url: string; secret: string };
    expect(webhook).toEqual({ url: `${stack.url}/webhooks/api/${id}`, secret: secret!.webhook_secret });
  });

  it('fails with the reason when no callback URL is set', async () => {
    const account = await connect(await addAccount());
    // Stored as a code the reader's language words; its English is what it always said.
    expect(account).toMatchObject({ connectionState: 'failed', connectionError: JSON.stringify([{ code: 'CONNECT_NO_CALLBACK_URL' }]) });
    expect(reasonInEnglish(account.connectionError)).toMatch(/No callback URL set/);
  });

  it('connects when the platform answers the signed ping with 2xx', async () => {
    const id = await addAccount();
    const { secret } = (await (await admin$('GET', `/${id}/webhook`)).json()) as { secret: string };
    fake.setSecret(id, secret); // the fake refuses a ping without the right signature
    expect((await admin$('PUT', `/${id}/credentials`, { callbackUrl: `${fake.url}/inbox/${id}` })).status).toBe(204);
    const account = await connect(id);
    expect(account).toMatchObject({ connectionState: 'connected', connectionError: null });
    const ping = fake.received.find((r) => r.accountId === id);
    expect(ping).toMatchObject({ status: 200, body: { type: 'ping', accountId: id } });
  });

  it('fails with the platform’s status in words, never its answer, when it answers 500', async () => {
    const id = await addAccount();
    await admin$('PUT', `/${id}/credentials`, { callbackUrl: `${fake.url}/inbox/${id}` });
    fake.failNext(500, { error: 'maintenance window until 14:00' });
    const account = await connect(id);
    expect(account.connectionState).toBe('failed');
    expect(reasonInEnglish(account.connectionError)).toMatch(/^The platform answered 500 Internal Server Error\./);
    expect(account.connectionError).not.toMatch(/maintenance/);
  });

  it('fails with the network error in words when the platform cannot be reached', async () => {
    const id = await addAccount();
    expect((await admin$('PUT', `/${id}/credentials`, { callbackUrl: `http://127.0.0.1:${closedFakePort(stack.url)}/parley` })).status).toBe(204);
    const account = await connect(id);
    expect(reasonInEnglish(account.connectionError)).toMatch(/^The callback URL refused the connection\./);
  });

  it('fails, saying so, on a platform whose connector does not exist yet', async () => {
    const account = await connect(await addAccount('x'));
    expect(reasonInEnglish(account.connectionError)).toMatch(/The X connector is not available yet/);
  });
});

describe('a deleted account', () => {
  it('refuses webhooks (410), changes and replies, and keeps its conversations readable', async () => {
    const id = await addAccount();
    const { secret } = (await (await admin$('GET', `/${id}/webhook`)).json()) as { secret: string };
    const inbound = await postInbound(stack.url, id, secret, inboundBody({ text: 'Before the account went away' }));
    expect(inbound.status).toBe(200);

    expect((await serverVerdict(z, z.mutate(mutators.account.delete({ id })), sql)).type).toBe('success');
    await waitForView(accounts, (d) => d.some((a) => a.id === id && a.deletedAt !== null));

    expect((await postInbound(stack.url, id, secret, inboundBody())).status).toBe(410);
    const connect = await serverVerdict(z, z.mutate(mutators.account.connect({ id })), sql);
    expect(connect.type === 'error' && connect.error.message).toMatch(/was deleted/);
    expect((await admin$('PUT', `/${id}/credentials`, { callbackUrl: 'https://elsewhere.example/' })).status).toBe(400);
    const reply = await serverVerdict(z, z.mutate(mutators.message.reply({ id: randomUUID(), inReplyToId: inbound.json.id as string, text: 'Hi', sentAt: Date.now() })), sql);
    expect(reply.type === 'error' && reply.error.message).toMatch(/deleted/);

    const [{ customer_id }] = (await sql`SELECT customer_id FROM message WHERE id = ${inbound.json.id as string}`) as unknown as [{ customer_id: string }];
    const conversation = await z.run(queries.customer.conversation({ customerId: customer_id }), { type: 'complete' });
    expect(conversation?.messages.map((m) => m.text)).toContain('Before the account went away');
  });
});
