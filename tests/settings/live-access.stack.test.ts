import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { queries } from '../../schema/queries/index.ts';
import { waitForConnectionState } from '../support/connection-state.ts';
import { apiAccountOf, createUser } from '../support/demo.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { connectZero, signIn, type TestSession, waitForView, type ZeroClient } from '../support/zero-client.ts';

// ORG-6 and ORG-7 while people are connected: disabling a user or removing a member takes
// effect on their open client within seconds, with no reload.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
const clients: ZeroClient[] = [];
let supportTeamId: string;
let superadmin: ZeroClient;
let supportAdmin: ZeroClient;
let restoreBaseline: () => Promise<void>;

function client(session: TestSession) {
  const z = connectZero(stack.zeroUrl, session);
  clients.push(z);
  return z;
}

async function connectedAgent() {
  const user = await createUser(sql, { teamId: supportTeamId, role: 'agent' });
  const z = client(await signIn(stack.url, user.email, user.password));
  const player = z.materialize(queries.player.normal({ limit: 50 }));
  await waitForView(player, (d) => d.length > 0);
  return { user, z, player };
}

const signInStatus = async (email: string, password: string) => {
  const res = await fetch(`${stack.url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: stack.url },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, body: await res.text() };
};

beforeAll(async () => {
  restoreBaseline = await keepBaseline(sql);
  supportTeamId = (await apiAccountOf(sql, 'Support')).teamId;
  const boss = await createUser(sql);
  await sql`UPDATE profile SET is_superadmin = true WHERE id = ${boss.id}`;
  superadmin = client(await signIn(stack.url, boss.email, boss.password));
  supportAdmin = client(await signIn(stack.url, 'admin.support@parley.demo'));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await restoreBaseline?.();
  await sql.end();
});

describe('disabling a user (ORG-6)', () => {
  it('ends their sessions in the same commit, refuses their sign-in and cuts off their open client', async () => {
    const { user, z } = await connectedAgent();
    const result = await serverVerdict(superadmin, superadmin.mutate(mutators.user.disable({ id: user.id })), sql);
    expect(result.type).toBe('success');
    expect(await sql`SELECT 1 FROM auth_session WHERE "userId" = ${user.id}`).toHaveLength(0);

    const refused = await signInStatus(user.email, user.password);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/This user is disabled. Ask a superadmin to enable it again./);

    // zero-cache re-asks /query every 5 s whether the session is still valid.
    expect(await waitForConnectionState(z, ['needs-auth', 'error', 'closed'], 15_000)).toBe('needs-auth');

    expect((await serverVerdict(superadmin, superadmin.mutate(mutators.user.enable({ id: user.id })), sql)).type).toBe('success');
    expect((await signInStatus(user.email, user.password)).status).toBe(200);
  });
});

describe('removing a member (ORG-7)', () => {
  it('takes the team’s rows out of their open client, and adding them again brings them back', async () => {
    const { user, z, player } = await connectedAgent();
    const [membership] = await sql<{ id: string }[]>`SELECT id FROM team_member WHERE user_id = ${user.id}`;
    expect((await serverVerdict(supportAdmin, supportAdmin.mutate(mutators.member.remove({ id: membership!.id })), sql)).type).toBe('success');
    await waitForView(player, (d) => d.length === 0);
    expect(await z.run(queries.accounts.visible())).toHaveLength(0);

    const again = mutators.member.add({ id: randomUUID(), teamId: supportTeamId, userId: user.id, role: 'agent' });
    expect((await serverVerdict(supportAdmin, supportAdmin.mutate(again), sql)).type).toBe('success');
    await waitForView(player, (d) => d.length > 0);
  });
});
