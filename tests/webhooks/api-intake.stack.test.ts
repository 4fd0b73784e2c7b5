import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAccountOf, type DemoAccount, inboundBody, postInbound } from '../support/demo.ts';

const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
let account: DemoAccount;

beforeAll(async () => {
  account = await apiAccountOf(sql, 'Support');
});
afterAll(() => sql.end());

const countFor = async (platformId: string) =>
  Number((await sql`SELECT count(*)::int AS n FROM message WHERE account_id = ${account.id} AND platform_message_id = ${platformId}`)[0]!.n);

describe('POST /webhooks/api/:accountId', () => {
  it('stores a correctly signed message once, however often it is delivered', async () => {
    const body = inboundBody();
    const first = await postInbound(stack.url, account.id, account.secret, body);
    expect(first.status).toBe(200);
    expect(first.json.duplicate).toBe(false);
    for (let i = 0; i < 2; i++) {
      const again = await postInbound(stack.url, account.id, account.secret, body);
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({ id: first.json.id, duplicate: true });
    }
    expect(await countFor(body.id)).toBe(1);
    const [row] = await sql`SELECT m.text, m.direction, t.status FROM message m JOIN ticket t ON t.id = m.ticket_id WHERE m.id = ${first.json.id as string}`;
    expect(row).toMatchObject({ text: body.text, direction: 'in', status: 'open' });
  });

  it('stores one row when the same delivery arrives three times at once', async () => {
    const body = inboundBody();
    const results = await Promise.all([1, 2, 3].map(() => postInbound(stack.url, account.id, account.secret, body)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
    expect(await countFor(body.id)).toBe(1);
  });

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const body = inboundBody();
    const wrong = await postInbound(stack.url, account.id, 'not-the-secret', body);
    expect(wrong.status).toBe(401);
    expect(String(wrong.json.error)).toMatch(/X-Parley-Signature/);
    const missing = await postInbound(stack.url, account.id, null, body);
    expect(missing.status).toBe(401);
    expect(await countFor(body.id)).toBe(0);
    const customers = await sql`SELECT 1 FROM customer WHERE platform_customer_id = ${body.customer.id}`;
    expect(customers).toHaveLength(0);
  });

  it('refuses a message signed with another account’s secret', async () => {
    const sales = await apiAccountOf(sql, 'Sales');
    const body = inboundBody();
    const res = await postInbound(stack.url, account.id, sales.secret, body);
    expect(res.status).toBe(401);
    expect(await countFor(body.id)).toBe(0);
  });

  it('answers 400 with the reason for malformed bodies', async () => {
    const notJson = await postInbound(stack.url, account.id, account.secret, '{"id": ');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toMatch(/not valid JSON/);

    const { text: _omit, ...noText } = inboundBody();
    const missingText = await postInbound(stack.url, account.id, account.secret, noText);
    expect(missingText.status).toBe(400);
    expect((missingText.json.reasons as string[]).join()).toMatch(/^text:/);

    const badTime = await postInbound(stack.url, account.id, account.secret, inboundBody({ sentAt: 'yesterday' }));
    expect(badTime.status).toBe(400);
    expect((badTime.json.reasons as string[]).join()).toMatch(/sentAt/);

    const badKind = await postInbound(stack.url, account.id, account.secret, { ...inboundBody(), kind: 'fax' });
    expect(badKind.status).toBe(400);
    expect((badKind.json.reasons as string[]).join()).toMatch(/kind/);
  });

  it('joins the customer’s open ticket, and opens a new one after Closed (TIC-1)', async () => {
    const first = inboundBody();
    const a = await postInbound(stack.url, account.id, account.secret, first);
    await sql`UPDATE ticket SET status = 'replied' WHERE id = ${a.json.ticketId as string}`;
    const b = await postInbound(stack.url, account.id, account.secret, inboundBody({ customer: first.customer }));
    expect(b.json.ticketId).toBe(a.json.ticketId);
    const [reopened] = await sql`SELECT status FROM ticket WHERE id = ${a.json.ticketId as string}`;
    expect(reopened!.status).toBe('open');

    await sql`UPDATE ticket SET status = 'closed' WHERE id = ${a.json.ticketId as string}`;
    const c = await postInbound(stack.url, account.id, account.secret, inboundBody({ customer: first.customer }));
    expect(c.json.ticketId).not.toBe(a.json.ticketId);
    const [fresh] = await sql`SELECT status FROM ticket WHERE id = ${c.json.ticketId as string}`;
    expect(fresh!.status).toBe('open');
  });

  it('answers 401 for an account that does not exist', async () => {
    const res = await postInbound(stack.url, 'no-such-account', account.secret, inboundBody());
    expect(res.status).toBe(401);
  });
});
