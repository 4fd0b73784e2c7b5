import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIGNATURE_HEADER, sign } from '../../server/connectors/api/signature.ts';
import { apiAccountOf, type DemoAccount, inboundBody, postInbound } from '../support/demo.ts';
import { snapshot } from '../support/settings-fixtures.ts';
import { signIn, type TestSession } from '../support/zero-client.ts';

// Issue 6, item 8: U+0000 anywhere a request crosses into Parley answers 400 with the reason
// (Postgres cannot store it; it used to surface as a 500), and nothing is stored.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
const NUL = '\u0000';
const reason = /contains a null character \(U\+0000\); remove it\./;
let account: DemoAccount;
let superadmin: TestSession;

beforeAll(async () => {
  account = await apiAccountOf(sql, 'Support');
  superadmin = await signIn(stack.url, 'super@parley.demo');
});
afterAll(() => sql.end());

const messagesAndTickets = async () =>
  (await sql`SELECT (SELECT count(*)::int FROM message) AS m, (SELECT count(*)::int FROM ticket) AS t, (SELECT count(*)::int FROM customer) AS c`)[0];

function admin(method: string, path: string, body?: unknown) {
  return fetch(`${stack.url}/api/admin${path}`, {
    method,
    headers: { cookie: superadmin.cookie, 'Content-Type': 'application/json', Origin: stack.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('null characters at the webhook', () => {
  it('refuses one in the text, the customer’s name or the message id with 400 and the field, storing nothing', async () => {
    const before = await messagesAndTickets();
    const cases: [string, ReturnType<typeof inboundBody>][] = [
      ['text', inboundBody({ text: `Hello${NUL}there` })],
      ['customer.name', inboundBody({ customer: { id: 'nul-customer', name: `Ana${NUL}` } })],
      ['id', inboundBody({ id: `msg-${NUL}` })],
    ];
    for (const [field, body] of cases) {
      const res = await postInbound(stack.url, account.id, account.secret, body);
      expect(res.status, field).toBe(400);
      expect(res.json).toEqual({ error: `${field} contains a null character (U+0000); remove it.`, field });
    }
    expect(await messagesAndTickets()).toEqual(before);
  });

  it('refuses one in the path', async () => {
    const res = await fetch(`${stack.url}/webhooks/api/%00`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
  });
});

describe('null characters at the admin API', () => {
  it('refuses one in any field, and in the path, changing nothing', async () => {
    const before = await snapshot(sql);
    const user = await admin('POST', '/users', { email: 'nul@parley.test', name: `N${NUL}`, password: 'long-enough-password' });
    expect(user.status).toBe(400);
    expect(await user.json()).toEqual({ error: 'name contains a null character (U+0000); remove it.', field: 'name' });
    const creds = await admin('PUT', `/accounts/${account.id}/credentials`, { credentials: { apiKey: `k${NUL}` } });
    expect(creds.status).toBe(400);
    expect(((await creds.json()) as { error: string }).error).toMatch(reason);
    const url = await admin('PUT', `/accounts/${account.id}/credentials`, { callbackUrl: `https://platform.example/${NUL}` });
    expect(url.status).toBe(400);
    const path = await admin('GET', '/accounts/%00/webhook');
    expect(path.status).toBe(400);
    expect(((await path.json()) as { error: string }).error).toMatch(reason);
    expect(await snapshot(sql)).toEqual(before);
  });
});

describe('null characters at the simulator', () => {
  it('refuses one in the path and in a signed message', async () => {
    const path = await fetch(`${stack.url}/simulator/inbox/%00`, { method: 'POST', body: '{}' });
    expect(path.status).toBe(400);
    const raw = JSON.stringify({
      type: 'message', id: 'm-1', accountId: account.id, customer: { id: 'c', handle: '@c' }, kind: 'dm',
      text: `Hi${NUL}`, inReplyTo: null, sentAt: new Date().toISOString(),
    });
    const res = await fetch(`${stack.url}/simulator/inbox/${account.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: sign(raw, account.secret) },
      body: raw,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
  });
});
