import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { SIGNATURE_HEADER, sign } from '../connectors/api/signature.ts';
import type { OutboundMessage } from '../connectors/api/wire.ts';
import type { Auth } from '../auth.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { createSimulatorApp } from './simulator-app.ts';

let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
let account: { id: string; secret: string };
let superadminId: string;
let agentId: string;

// Sessions by cookie value: what better-auth's getSession would answer for these cookies.
const sessions: Record<string, () => string> = { 'session=super': () => superadminId, 'session=agent': () => agentId };
const auth = {
  api: {
    getSession: async ({ headers }: { headers: Headers }) => {
      const userId = sessions[headers.get('cookie') ?? '']?.();
      return userId ? { user: { id: userId } } : null;
    },
  },
} as unknown as Auth;
const asSuperadmin = { headers: { cookie: 'session=super' } };

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  await migrate(sql);
  await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1/simulator' });
  const [row] = await sql<{ id: string; secret: string }[]>`
    SELECT a.id, s.webhook_secret AS secret FROM account a JOIN account_secret s ON s.account_id = a.id
    WHERE a.name = 'Northwind Help'`;
  account = row!;
  const ids = await sql<{ id: string }[]>`
    SELECT id FROM profile WHERE email IN ('super@parley.demo', 'agent.support@parley.demo') ORDER BY is_superadmin DESC`;
  [superadminId, agentId] = ids.map((r) => r.id) as [string, string];
});
afterAll(async () => {
  await sql?.end();
  await pg?.stop();
});

function message(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    type: 'message', id: 'msg-1', accountId: account.id, customer: { id: 'cust_1', handle: '@kate' },
    kind: 'dm', text: 'On its way!', inReplyTo: 'seed-in-1', sentAt: new Date().toISOString(), ...overrides,
  };
}

function post(app: ReturnType<typeof createSimulatorApp>, body: unknown, opts: { secret?: string; accountId?: string; key?: string } = {}) {
  const raw = JSON.stringify(body);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: sign(raw, opts.secret ?? account.secret) };
  if (opts.key) headers['Idempotency-Key'] = opts.key;
  return app.request(`/inbox/${opts.accountId ?? account.id}`, { method: 'POST', headers, body: raw });
}

describe('simulator app', () => {
  it('accepts a signed message like a platform, and lists it', async () => {
    const app = createSimulatorApp({ sql, auth });
    const res = await post(app, message(), { key: 'msg-1' });
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    expect(id).toMatch(/^sim-[0-9a-f-]{36}$/);
    const list = (await (await app.request('/inbox', asSuperadmin)).json()) as { received: { platformMessageId: string; idempotencyKey: string; message: OutboundMessage }[] };
    expect(list.received).toHaveLength(1);
    expect(list.received[0]).toMatchObject({ platformMessageId: id, idempotencyKey: 'msg-1', message: { text: 'On its way!' } });
  });

  it('posts a repeated Idempotency-Key once and answers it with the first id, as the test fake does', async () => {
    const app = createSimulatorApp({ sql, auth });
    const first = (await (await post(app, message({ id: 'dup-1' }), { key: 'dup-1' })).json()) as { id: string };
    const again = await post(app, message({ id: 'dup-1' }), { key: 'dup-1' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const list = (await (await app.request('/inbox', asSuperadmin)).json()) as { received: unknown[] };
    expect(list.received).toHaveLength(1);
  });

  it('refuses a bad signature or an unknown account with 401', async () => {
    const app = createSimulatorApp({ sql, auth });
    expect((await post(app, message(), { secret: 'wrong' })).status).toBe(401);
    const unknown = await post(app, message({ accountId: 'nope' }), { accountId: 'nope' });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ error: 'bad signature' });
  });

  it('says what is wrong with a malformed message', async () => {
    const app = createSimulatorApp({ sql, auth });
    const res = await post(app, { ...message(), kind: 'fax' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/kind/);
    expect((await post(app, message({ accountId: 'someone-else' }))).status).toBe(400);
  });

  it('answers a connect ping', async () => {
    const app = createSimulatorApp({ sql, auth });
    const res = await post(app, { type: 'ping', accountId: account.id, sentAt: new Date().toISOString() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('shows its inbox (every team’s replies) only to a logged-in superadmin', async () => {
    const app = createSimulatorApp({ sql, auth });
    await post(app, message());
    const anonymous = await app.request('/inbox');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/Log in to Parley as a superadmin/);
    const agent = await app.request('/inbox', { headers: { cookie: 'session=agent' } });
    expect(agent.status).toBe(403);
    expect(JSON.stringify(await agent.json())).not.toContain('On its way!');
    expect((await app.request('/inbox', asSuperadmin)).status).toBe(200);
  });

  it('keeps only the last 100 messages', async () => {
    const app = createSimulatorApp({ sql, auth });
    for (let i = 0; i < 105; i++) await post(app, message({ id: `m-${i}` }));
    const { received } = (await (await app.request('/inbox', asSuperadmin)).json()) as { received: { message: { id: string } }[] };
    expect(received).toHaveLength(100);
    expect(received[0]!.message.id).toBe('m-5');
  });
});
