import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAccountOf, type DemoAccount, inboundBody, postInbound } from '../support/demo.ts';

// Issue 6, item 10: a webhook's sentAt may not lie more than a day ahead; replays stay
// idempotent (the same platform id is stored once however often it arrives).
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
const HOUR = 3_600_000;
let account: DemoAccount;

beforeAll(async () => {
  account = await apiAccountOf(sql, 'Sales');
});
afterAll(() => sql.end());

const stored = async (platformId: string) =>
  Number((await sql`SELECT count(*)::int AS n FROM message WHERE account_id = ${account.id} AND platform_message_id = ${platformId}`)[0]!.n);

describe('webhook freshness', () => {
  it('refuses a sentAt more than a day in the future with 400 and words, storing nothing', async () => {
    const body = inboundBody({ sentAt: new Date(Date.now() + 25 * HOUR).toISOString() });
    const res = await postInbound(stack.url, account.id, account.secret, body);
    expect(res.status).toBe(400);
    expect(res.json.reasons).toEqual([
      'sentAt: is more than a day ahead of Parley’s clock; send the time the customer sent the message, with its UTC offset.',
    ]);
    expect(await stored(body.id)).toBe(0);
    const customers = await sql`SELECT 1 FROM customer WHERE platform_customer_id = ${body.customer.id}`;
    expect(customers).toHaveLength(0);
  });

  it('accepts a clock a little ahead, and an old message replayed, once', async () => {
    const ahead = inboundBody({ sentAt: new Date(Date.now() + 2 * HOUR).toISOString() });
    expect((await postInbound(stack.url, account.id, account.secret, ahead)).status).toBe(200);
    const old = inboundBody({ sentAt: new Date(Date.now() - 30 * 24 * HOUR).toISOString() });
    const first = await postInbound(stack.url, account.id, account.secret, old);
    const replay = await postInbound(stack.url, account.id, account.secret, old);
    expect([first.status, replay.status]).toEqual([200, 200]);
    expect(replay.json).toMatchObject({ id: first.json.id, duplicate: true });
    expect(await stored(old.id)).toBe(1);
  });
});
