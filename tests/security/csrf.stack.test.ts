import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createUser } from '../support/demo.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { snapshot } from '../support/settings-fixtures.ts';
import { environOf, zeroCacheProcess } from '../support/stack-processes.ts';
import { signIn, type TestSession } from '../support/zero-client.ts';

// Issue 6, item 3: a page on another port of the same host created a user and a tag as a
// logged-in superadmin. Every state-changing request must come from Parley's own origin,
// and the sync endpoints only from zero-cache.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
const appPort = Number(new URL(stack.url).port);
const foreign = `http://127.0.0.1:${appPort === 65535 ? 1 : appPort + 7}`; // another port of the same host
let boss: TestSession;
let restoreBaseline: () => Promise<void>;

beforeAll(async () => {
  restoreBaseline = await keepBaseline(sql);
  const user = await createUser(sql, { superadmin: true });
  boss = await signIn(stack.url, user.email, user.password);
});
afterAll(async () => {
  await restoreBaseline?.();
  await sql.end();
});

const newUser = () => ({ email: `csrf-${randomUUID().slice(0, 8)}@parley.test`, name: 'Mallory Page', password: 'a-long-enough-password' });
const createUserFrom = (origin: string | undefined) =>
  fetch(`${stack.url}/api/admin/users`, {
    method: 'POST',
    headers: { cookie: boss.cookie, 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
    body: JSON.stringify(newUser()),
  });

describe('the admin API', () => {
  it('refuses to create a user for a page on another origin (403, with the reason) and writes nothing', async () => {
    const before = await snapshot(sql);
    const res = await createUserFrom(foreign);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(new RegExp(`came from a page on ${foreign}.*Open Parley at`));
    expect(await snapshot(sql)).toEqual(before);
  });

  it('refuses a write that names no origin', async () => {
    const before = await snapshot(sql);
    const res = await createUserFrom(undefined);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/no Origin header/);
    expect(await snapshot(sql)).toEqual(before);
  });

  it('still creates the user for Parley’s own page', async () => {
    expect((await createUserFrom(stack.url)).status).toBe(201);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const res = await fetch(`${stack.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: foreign },
      body: JSON.stringify({ email: 'super@parley.demo', password: 'parley-demo' }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});

describe('the mutate endpoint', () => {
  const zero = () => zeroCacheProcess(appPort);
  const pushTag = (name: string, headers: Record<string, string>) => {
    const appID = environOf(zero().pid, 'ZERO_APP_ID') ?? 'parley';
    const now = Date.now();
    const body = {
      clientGroupID: randomUUID(),
      mutations: [{ type: 'custom', id: 1, clientID: randomUUID(), name: 'tag.create', args: [{ id: randomUUID(), name }], timestamp: now }],
      pushVersion: 1,
      timestamp: now,
      requestID: randomUUID(),
    };
    return fetch(`${stack.url}/api/zero/mutate?schema=${appID}_0&appID=${appID}`, {
      method: 'POST',
      headers: { cookie: boss.cookie, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  };
  const tagsNamed = async (name: string) => (await sql`SELECT id FROM tag WHERE name = ${name}`).length;

  it('refuses a tag pushed by a page with the superadmin’s cookie (401 without zero-cache’s key)', async () => {
    const name = `csrf tag ${randomUUID().slice(0, 6)}`;
    const before = await snapshot(sql);
    const res = await pushTag(name, { Origin: foreign });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/Only zero-cache may call this endpoint/);
    expect(await tagsNamed(name)).toBe(0);
    expect(await snapshot(sql)).toEqual(before);
  });

  it('refuses the key with a wrong value, and a foreign origin that zero-cache passes on (403)', async () => {
    const key = environOf(zero().pid, 'ZERO_MUTATE_API_KEY')!;
    const name = `csrf tag ${randomUUID().slice(0, 6)}`;
    // The key is random hex: replacing its last digit by a fixed '0' left it right one run in 16.
    const wrong = `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`;
    expect((await pushTag(name, { 'X-Api-Key': wrong })).status).toBe(401);
    expect((await pushTag(name, { 'X-Api-Key': key, Origin: foreign })).status).toBe(403);
    expect(await tagsNamed(name)).toBe(0);
  });

  it('accepts the same push from zero-cache (its key, Parley’s origin): the refusals above were real attacks', async () => {
    const key = environOf(zero().pid, 'ZERO_MUTATE_API_KEY')!;
    const name = `csrf tag ${randomUUID().slice(0, 6)}`;
    const res = await pushTag(name, { 'X-Api-Key': key, Origin: stack.url });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).not.toMatch(/error/i);
    expect(await tagsNamed(name)).toBe(1);
  });
});

describe('the sync WebSocket at /zero', () => {
  /** Opens the sync socket as a browser page on `origin` would, with the user's cookie. */
  function openSync(origin: string): Promise<{ status: number; body: string; messages: number }> {
    const url = `${stack.zeroUrl.replace(/^http/, 'ws')}/sync/v51/connect?clientID=${randomUUID()}&clientGroupID=${randomUUID()}&userID=${boss.userID}&baseCookie=&ts=${Date.now()}&lmid=0&wsid=${randomUUID()}`;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { cookie: boss.cookie }, origin });
      let messages = 0;
      ws.on('message', () => messages++);
      ws.once('open', () => {
        ws.close();
        resolve({ status: 101, body: '', messages });
      });
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, messages }));
      });
      ws.once('error', (e) => reject(e));
      setTimeout(() => ws.terminate(), 10_000).unref();
    });
  }

  it('refuses the upgrade from a page on another origin (403, with the reason): no rows reach it', async () => {
    const result = await openSync(foreign);
    expect(result.status).toBe(403);
    expect(JSON.parse(result.body).error).toMatch(`came from a page on ${foreign}`);
    expect(result.messages).toBe(0);
  });

  it('upgrades for Parley’s own page', async () => {
    expect((await openSync(new URL(stack.url).origin)).status).toBe(101);
  });
});
