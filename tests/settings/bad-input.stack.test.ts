import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../support/demo.ts';
import { quietExpectedRefusals } from '../support/quiet-refusals.ts';
import { serverMutatorRunner } from '../support/server-mutate.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { snapshot } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type TestSession, type ZeroClient } from '../support/zero-client.ts';
import { badCases } from './bad-input-cases.ts';

// Bad input to the settings mutators: the person gets words that say what to do, from the
// browser's own check when it can tell and from the server otherwise; nothing changes.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 4, onnotice: () => {} });
const runOnServer = serverMutatorRunner(sql);
let session: TestSession;
let z: ZeroClient;
let restoreConsole: () => void;
let restoreBaseline: () => Promise<void>;

beforeAll(async () => {
  restoreConsole = quietExpectedRefusals();
  restoreBaseline = await keepBaseline(sql);
  const user = await createUser(sql, { superadmin: true });
  session = await signIn(stack.url, user.email, user.password);
  z = connectZero(stack.zeroUrl, session);
});
afterAll(async () => {
  await z?.close();
  await restoreBaseline?.();
  await sql.end();
  restoreConsole?.();
});

describe('settings mutators refuse bad input with words and change nothing', () => {
  it.each(badCases.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const setup = { sql, superadminId: session.userID };
    const { request, cleanup } = await c.prepare(setup);
    try {
      const before = await snapshot(sql);
      const result = z.mutate(request);
      const client = await result.client;
      const outcome = client.type === 'error' ? client : await serverVerdict(z, result, sql);
      expect(outcome.type).toBe('error');
      if (outcome.type === 'error') expect(outcome.error.message).toMatch(c.message);
      // The server's own verdict, whatever a client checks or skips.
      const server = await runOnServer(request, { userID: session.userID, isSuperadmin: true });
      expect(server).toMatchObject({ ok: false, message: expect.stringMatching(c.message) });
      expect(await snapshot(sql)).toEqual(before);
    } finally {
      await cleanup?.();
    }
  });
});

describe('the admin API refuses bad input with words and changes nothing', () => {
  const cases: [string, string, string, unknown, number, RegExp, string?][] = [
    ['a password of 7 characters', 'POST', '/api/admin/users', { email: 'seven@parley.test', name: 'Seven', password: '1234567' }, 400, /at least 8 characters/, 'password'],
    ['an email already used, in capitals', 'POST', '/api/admin/users', { email: 'AGENT.SUPPORT@parley.demo', name: 'Twin', password: 'long-enough-1' }, 409, /already exists/, 'email'],
    ['an email that is not one', 'POST', '/api/admin/users', { email: 'not-an-email', name: 'Nope', password: 'long-enough-1' }, 400, /valid email/, 'email'],
    ['a user without a name', 'POST', '/api/admin/users', { email: 'nameless@parley.test', name: ' ', password: 'long-enough-1' }, 400, /Give the user a name/, 'name'],
    ['a new password of 7 characters', 'POST', '/api/admin/users/{super}/password', { password: '1234567' }, 400, /at least 8 characters/, 'password'],
    ['a body that is not JSON', 'POST', '/api/admin/users', 'not json', 400, /JSON/],
    ['a password for a user who does not exist', 'POST', '/api/admin/users/no-such-user/password', { password: 'long-enough-1' }, 404, /No user/],
  ];
  it.each(cases)('%s', async (_title, method, path, body, status, message, field) => {
    const before = await snapshot(sql);
    const res = await fetch(`${stack.url}${path.replace('{super}', session.userID)}`, {
      method,
      headers: { cookie: session.cookie, 'Content-Type': 'application/json', Origin: stack.url },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await res.json()) as { error: string; field?: string };
    expect(res.status).toBe(status);
    expect(json.error).toMatch(message);
    if (field) expect(json.field).toBe(field);
    expect(await snapshot(sql)).toEqual(before);
  });
});
