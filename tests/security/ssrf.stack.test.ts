import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { queries } from '../../schema/queries/index.ts';
import { reasonInEnglish } from '../../schema/reasons.ts';
import { type FakeApiPlatform, startFakeApiPlatform } from '../fakes/api-platform.ts';
import { fakePlatformPort } from '../fakes/fake-origins.ts';
import { createUser, inboundBody, postInbound } from '../support/demo.ts';
import { quietExpectedRefusals } from '../support/quiet-refusals.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { freshAccount, freshTeam } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type TestSession, waitForView, type ZeroClient } from '../support/zero-client.ts';

// Issue 6, item 2: a team admin points an account's callback URL inside Parley's network.
// Saving it is refused; a URL already stored (or a host whose DNS answer changed) is refused
// again at request time, redirects are never followed, and no answer is ever stored.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
let canary: Server;
let canaryPort: number;
const canaryHits: string[] = [];
let fake: FakeApiPlatform;
let admin: TestSession;
let z: ZeroClient;
let teamId: string;
let restoreConsole: () => void;
const openAccounts = (client: ZeroClient) => client.materialize(queries.settings.accounts());
let accounts: ReturnType<typeof openAccounts>;

beforeAll(async () => {
  restoreConsole = quietExpectedRefusals();
  // Stands for Postgres, zero-cache's /statz or a metadata service: anything internal.
  canary = createServer((req, res) => {
    canaryHits.push(req.url ?? '');
    res.end('internal secret: hunter2');
  });
  await new Promise<void>((resolve) => canary.listen(0, '::', resolve)); // IPv4 and IPv6 loopback alike
  canaryPort = (canary.address() as AddressInfo).port;
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
  canary?.closeAllConnections();
  await new Promise((resolve) => canary?.close(resolve));
  await sql.end();
  restoreConsole?.();
});

const internalUrls = () => [
  `http://127.0.0.1:${canaryPort}/`,
  `http://2130706433:${canaryPort}/`,
  `http://0x7f000001:${canaryPort}/`,
  `http://0177.0.0.1:${canaryPort}/`,
  `http://[::1]:${canaryPort}/`,
  `http://[::ffff:127.0.0.1]:${canaryPort}/`,
  `http://0.0.0.0:${canaryPort}/`,
  `http://localhost:${canaryPort}/`,
  'http://169.254.169.254/latest/meta-data/',
  'http://10.0.0.1/',
];

function putCallback(accountId: string, callbackUrl: string) {
  return fetch(`${stack.url}/api/admin/accounts/${accountId}/credentials`, {
    method: 'PUT',
    headers: { cookie: admin.cookie, 'Content-Type': 'application/json', Origin: stack.url },
    body: JSON.stringify({ callbackUrl }),
  });
}

/** Connects and waits for the server's verdict (a fresh one: the row starts failed with 'before'). */
async function connect(id: string) {
  await sql`UPDATE account SET connection_state = 'failed', connection_error = 'before' WHERE id = ${id}`;
  await waitForView(accounts, (d) => d.some((a) => a.id === id && a.connectionError === 'before'));
  expect((await serverVerdict(z, z.mutate(mutators.account.connect({ id })), sql)).type).toBe('success');
  const rows = await waitForView(accounts, (d) =>
    d.some((a) => a.id === id && ['connected', 'failed'].includes(a.connectionState) && a.connectionError !== 'before'),
  );
  return rows.find((a) => a.id === id)!;
}

describe('SSRF through the callback URL', () => {
  it('refuses to save an internal callback URL, however it is spelled, and stores nothing', async () => {
    const { id } = await freshAccount(sql, teamId, { callbackUrl: 'https://platform.example/parley' });
    for (const url of internalUrls()) {
      const res = await putCallback(id, url);
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { error: string; field: string };
      expect(body.field).toBe('callbackUrl');
      expect(body.error).toMatch(/^The callback URL points to .*internal.*Use the platform's public URL\.$/);
    }
    const [row] = await sql`SELECT callback_url FROM account_secret WHERE account_id = ${id}`;
    expect(row!.callback_url).toBe('https://platform.example/parley');
    const [audit] = await sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${id}`;
    expect(audit!.n).toBe(0);
  });

  it('refuses an internal URL already stored, at Connect, without calling it or storing its answer', async () => {
    for (const url of internalUrls().slice(0, 8)) {
      const { id } = await freshAccount(sql, teamId, { callbackUrl: url, state: 'failed' });
      const account = await connect(id);
      expect(account.connectionState, url).toBe('failed');
      expect(reasonInEnglish(account.connectionError)).toMatch(/^The callback URL (points|leads) to .*\(internal\), which Parley does not call\./);
      expect(account.connectionError).not.toMatch(/hunter2/);
    }
    expect(canaryHits).toEqual([]);
  });

  it('never follows a redirect: Connect fails in words and the target is not called', async () => {
    const { id, secret } = await freshAccount(sql, teamId, { state: 'failed' });
    fake.setSecret(id, secret);
    expect((await putCallback(id, `${fake.url}/inbox/${id}`)).status).toBe(204);
    fake.redirectNext(`http://127.0.0.1:${canaryPort}/statz`);
    const account = await connect(id);
    expect(account.connectionError).toBe(JSON.stringify([{ code: 'REDIRECT', params: { status: 302 } }, { code: 'CONNECT_AGAIN' }]));
    expect(reasonInEnglish(account.connectionError)).toBe(
      'The callback URL answered with a redirect (302); Parley does not follow redirects. Use the final URL. Then connect again.',
    );
    expect(canaryHits).toEqual([]);
  });

  it('refuses an internal URL at every reply: the delivery fails in words and nothing is called', async () => {
    const { id, secret } = await freshAccount(sql, teamId, { callbackUrl: `http://[::ffff:7f00:1]:${canaryPort}/` });
    const inbound = await postInbound(stack.url, id, secret, inboundBody());
    expect(inbound.status).toBe(200);
    const replyId = randomUUID();
    await waitForView(z.materialize(queries.player.normal({ limit: 1000 })), (d) => d.some((m) => m.id === inbound.json.id));
    const result = await serverVerdict(z, z.mutate(mutators.message.reply({ id: replyId, inReplyToId: inbound.json.id as string, text: 'Hi', sentAt: Date.now() })), sql);
    expect(result.type).toBe('success');
    await expect.poll(async () => (await sql`SELECT delivery FROM message WHERE id = ${replyId}`)[0]?.delivery).toBe('failed');
    const [row] = await sql`SELECT delivery_error, platform_message_id FROM message WHERE id = ${replyId}`;
    expect(reasonInEnglish(row!.delivery_error)).toMatch(/^The callback URL points to ::ffff:7f00:1, a loopback address \(internal\).*Nothing was sent\.$/);
    expect(row!.platform_message_id).toBeNull();
    expect(canaryHits).toEqual([]);
  });
});
