import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { queries } from '../../schema/queries/index.ts';
import { apiAccountOf, createUser, type DemoAccount, inboundBody, postInbound } from '../support/demo.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { addMembership, freshTeam } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type TestSession, waitForView, type ZeroClient } from '../support/zero-client.ts';

// Issue 6, item 5: a role change reaches open connections as fast as a member removal does.
// A demoted superadmin once kept receiving another team's new messages for 26 s (until
// zero-cache re-asked the server for their context); now the read rule joins replicated
// grants, so the rows leave the open view as soon as the change replicates.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
const clients: ZeroClient[] = [];
/** "Within a couple of seconds": a replicated change takes tens of milliseconds here. */
const AT_ONCE_MS = 3_000;
let restoreBaseline: () => Promise<void>;
let boss: ZeroClient;
let sales: DemoAccount;

function client(session: TestSession) {
  const z = connectZero(stack.zeroUrl, session);
  clients.push(z);
  return z;
}

async function ok(z: ZeroClient, request: Parameters<ZeroClient['mutate']>[0]) {
  const result = await serverVerdict(z, z.mutate(request), sql);
  expect(result.type, JSON.stringify(result)).toBe('success');
}

beforeAll(async () => {
  restoreBaseline = await keepBaseline(sql);
  sales = await apiAccountOf(sql, 'Sales');
  boss = client(await signIn(stack.url, 'super@parley.demo'));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await restoreBaseline?.();
  await sql.end();
});

describe('a superadmin who is in no team, while connected', () => {
  it('loses another team’s rows at once when demoted, and gets them back at once when promoted again', async () => {
    const user = await createUser(sql);
    await sql`UPDATE profile SET is_superadmin = true WHERE id = ${user.id}`;
    const z = client(await signIn(stack.url, user.email, user.password));
    const salesPlayer = z.materialize(queries.player.normal({ limit: 1000, accountId: sales.id }));
    const bossPlayer = boss.materialize(queries.player.normal({ limit: 1000, accountId: sales.id }));
    await waitForView(salesPlayer, (d) => d.length > 0);

    await ok(boss, mutators.user.setSuperadmin({ id: user.id, isSuperadmin: false }));
    await waitForView(salesPlayer, (d) => d.length === 0, AT_ONCE_MS);
    expect(await z.run(queries.accounts.visible())).toHaveLength(0);

    // A message that reaches another client of the same query never reaches the demoted one.
    const posted = await postInbound(stack.url, sales.id, sales.secret, inboundBody({ text: 'After the demotion' }));
    expect(posted.status).toBe(200);
    await waitForView(bossPlayer, (d) => d.some((m) => m.id === posted.json.id));
    expect(salesPlayer.data).toHaveLength(0);
    expect(await z.run(queries.player.normal({ limit: 1000, accountId: sales.id }))).toHaveLength(0);

    await ok(boss, mutators.user.setSuperadmin({ id: user.id, isSuperadmin: true }));
    await waitForView(salesPlayer, (d) => d.some((m) => m.id === posted.json.id), AT_ONCE_MS);
    salesPlayer.destroy();
    bossPlayer.destroy();
  });

  it('loses the global part of the audit log at once when demoted', async () => {
    const user = await createUser(sql);
    await sql`UPDATE profile SET is_superadmin = true WHERE id = ${user.id}`;
    const z = client(await signIn(stack.url, user.email, user.password));
    const audit = z.materialize(queries.audit.recent({ limit: 50 }));
    await ok(boss, mutators.config.update({ accountQuota: 10_000 - Math.floor(Math.random() * 1000) }));
    await waitForView(audit, (d) => d.some((row) => row.teamId === null));

    await ok(boss, mutators.user.setSuperadmin({ id: user.id, isSuperadmin: false }));
    await waitForView(audit, (d) => d.length === 0, AT_ONCE_MS);
    audit.destroy();
  });
});

describe('a team admin, while connected', () => {
  it('loses the user directory at once when made an agent', async () => {
    const teamId = await freshTeam(sql);
    const user = await createUser(sql);
    const membershipId = await addMembership(sql, teamId, user.id, 'admin');
    const z = client(await signIn(stack.url, user.email, user.password));
    const users = z.materialize(queries.settings.users());
    // Every user, not only their teammates: they pick users to add.
    await waitForView(users, (d) => d.length > 1);

    await ok(boss, mutators.member.setRole({ id: membershipId, role: 'agent' }));
    await waitForView(users, (d) => d.length === 0, AT_ONCE_MS);

    await ok(boss, mutators.member.setRole({ id: membershipId, role: 'admin' }));
    await waitForView(users, (d) => d.length > 1, AT_ONCE_MS);
    users.destroy();
  });
});
