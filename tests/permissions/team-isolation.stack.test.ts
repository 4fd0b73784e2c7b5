import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queries } from '../../schema/queries/index.ts';
import { mutators } from '../../schema/mutators/index.ts';
import { apiAccountOf, createUser, inboundBody, postInbound } from '../support/demo.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { connectZero, signIn, type TestSession, waitForView, type ZeroClient } from '../support/zero-client.ts';

// ORG-8 from the other side: whatever a Support user's client asks for or claims, no Sales
// row reaches it, and its writes on Sales data are refused with Postgres unchanged.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
const clients: ZeroClient[] = [];
let support: TestSession;
let salesTeamId: string;
let supportTeamId: string;
let salesInboundId: string;
let salesCustomerId: string;

beforeAll(async () => {
  support = await signIn(stack.url, 'agent.support@parley.demo');
  const sales = await apiAccountOf(sql, 'Sales');
  salesTeamId = sales.teamId;
  supportTeamId = (await apiAccountOf(sql, 'Support')).teamId;
  const posted = await postInbound(stack.url, sales.id, sales.secret, inboundBody({ text: 'Sales-only question' }));
  salesInboundId = posted.json.id as string;
  [{ customer_id: salesCustomerId }] = (await sql`SELECT customer_id FROM message WHERE id = ${salesInboundId}`) as unknown as [
    { customer_id: string },
  ];
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sql.end();
});

function client(...args: Parameters<typeof connectZero>) {
  const z = connectZero(...args);
  clients.push(z);
  return z;
}

describe('a Support agent', () => {
  it('receives Support rows and no Sales row from any synced query', async () => {
    const z = client(stack.zeroUrl, support);
    const player = z.materialize(queries.player.normal({ limit: 1000 }));
    const rows = await waitForView(player, (d) => d.length > 0);
    expect(rows.every((m) => m.teamId === supportTeamId)).toBe(true);
    expect(rows.some((m) => m.id === salesInboundId)).toBe(false);

    const accounts = await z.run(queries.accounts.visible(), { type: 'complete' });
    expect(accounts.length).toBeGreaterThanOrEqual(2);
    expect(accounts.every((a) => a.teamId === supportTeamId)).toBe(true);

    const conversation = await z.run(queries.customer.conversation({ customerId: salesCustomerId }), { type: 'complete' });
    expect(conversation).toBeUndefined();
  });

  it('gains nothing by claiming to be superadmin in its client context', async () => {
    const z = client(stack.zeroUrl, support, { claimSuperadmin: true });
    const rows = await z.run(queries.player.normal({ limit: 1000 }), { type: 'complete' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((m) => m.teamId === supportTeamId)).toBe(true);
    const conversation = await z.run(queries.customer.conversation({ customerId: salesCustomerId }), { type: 'complete' });
    expect(conversation).toBeUndefined();
  });

  it('is refused when its client claims the user id of a Sales user', async () => {
    const salesAgent = await signIn(stack.url, 'agent.sales@parley.demo');
    const z = client(stack.zeroUrl, support, { claimUserID: salesAgent.userID });
    const state = await new Promise<string>((resolve) => {
      const check = (s: { name: string }) => {
        if (s.name === 'error' || s.name === 'needs-auth' || s.name === 'closed') resolve(s.name);
      };
      check(z.connection.state.current);
      z.connection.state.subscribe(check);
    });
    expect(state).toBe('needs-auth');
    const rows = await z.run(queries.player.normal({ limit: 1000 }));
    expect(rows.some((m) => m.teamId === salesTeamId)).toBe(false);
  });

  it('cannot reply to a Sales message; nothing is written', async () => {
    const z = client(stack.zeroUrl, support);
    const id = randomUUID();
    const result = z.mutate(mutators.message.reply({ id, inReplyToId: salesInboundId, text: 'Sneaky', sentAt: Date.now() }));
    const server = await serverVerdict(z, result, sql);
    expect(server.type).toBe('error');
    expect(await sql`SELECT 1 FROM message WHERE id = ${id}`).toHaveLength(0);
    const [ticket] = await sql`SELECT t.status FROM ticket t JOIN message m ON m.ticket_id = t.id WHERE m.id = ${salesInboundId}`;
    expect(ticket!.status).toBe('open');
  });
});

describe('a user removed from a team while connected', () => {
  it('stops receiving that team’s rows at once', async () => {
    const user = await createUser(sql, { teamId: supportTeamId, role: 'agent' });
    const session = await signIn(stack.url, user.email, user.password);
    const z = client(stack.zeroUrl, session);
    const player = z.materialize(queries.player.normal({ limit: 50 }));
    await waitForView(player, (d) => d.length > 0);
    await sql`DELETE FROM team_member WHERE user_id = ${user.id}`;
    await waitForView(player, (d) => d.length === 0);
    const accounts = await z.run(queries.accounts.visible());
    expect(accounts).toHaveLength(0);
  });
});
