import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { queries } from '../../schema/queries/index.ts';
import { apiAccountOf, createUser } from '../support/demo.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { freshTeam } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type TestSession, type ZeroClient } from '../support/zero-client.ts';

// The read rules of the settings queries, as each demo person's client receives them. Every
// check uses a fresh client, so its rows can only come from the query under test.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
const clients: ZeroClient[] = [];
const sessions: Record<string, TestSession> = {};
let supportTeamId: string;
let salesTeamId: string;
let restoreBaseline: () => Promise<void>;
/** Accounts and audit rows are made in fresh teams: the demo teams' accounts stay as seeded. */
let ownTeamId: string;
let otherTeamId: string;

function fresh(who: string) {
  const z = connectZero(stack.zeroUrl, sessions[who]!);
  clients.push(z);
  return z;
}
// biome-ignore lint/suspicious/noExplicitAny: any query of the registry
const run = (who: string, query: any) => fresh(who).run(query, { type: 'complete' });

beforeAll(async () => {
  restoreBaseline = await keepBaseline(sql);
  supportTeamId = (await apiAccountOf(sql, 'Support')).teamId;
  salesTeamId = (await apiAccountOf(sql, 'Sales')).teamId;
  const boss = await createUser(sql);
  await sql`UPDATE profile SET is_superadmin = true WHERE id = ${boss.id}`;
  sessions.super = await signIn(stack.url, boss.email, boss.password);
  for (const who of ['admin.support', 'supervisor.support', 'agent.support', 'agent.sales', 'nobody']) {
    sessions[who] = await signIn(stack.url, `${who}@parley.demo`);
  }
  await sql`UPDATE app_config SET account_quota = 10000`;
  [ownTeamId, otherTeamId] = [await freshTeam(sql), await freshTeam(sql)];
  const [admin, supervisor] = [await createUser(sql, { teamId: ownTeamId, role: 'admin' }), await createUser(sql, { teamId: ownTeamId, role: 'supervisor' })];
  sessions.admin = await signIn(stack.url, admin.email, admin.password);
  sessions.supervisor = await signIn(stack.url, supervisor.email, supervisor.password);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await restoreBaseline?.();
  await sql.end();
});

describe('settings queries', () => {
  it('settings.teams: every team for the superadmin, one’s own teams for others, none for someone in no team', async () => {
    const all = (await run('super', queries.settings.teams())) as { id: string }[];
    expect(all.map((t) => t.id)).toEqual(expect.arrayContaining([supportTeamId, salesTeamId]));
    const own = (await run('agent.support', queries.settings.teams())) as { id: string; members: { user?: { email: string } }[] }[];
    expect(own.map((t) => t.id)).toEqual([supportTeamId]);
    expect(own[0]!.members.map((m) => m.user?.email)).toContain('agent.support@parley.demo');
    expect(await run('nobody', queries.settings.teams())).toEqual([]);
  });

  it('settings.users: everyone for the superadmin and team admins (memberships of their own teams), no one for others', async () => {
    const [{ count }] = (await sql`SELECT count(*)::int AS count FROM profile`) as unknown as [{ count: number }];
    expect(await run('super', queries.settings.users())).toHaveLength(count);
    const seenByAdmin = (await run('admin.support', queries.settings.users())) as { email: string; memberships: { teamId: string }[] }[];
    expect(seenByAdmin).toHaveLength(count);
    const salesAgent = seenByAdmin.find((u) => u.email === 'agent.sales@parley.demo');
    expect(salesAgent?.memberships).toEqual([]);
    expect(await run('supervisor.support', queries.settings.users())).toEqual([]);
    expect(await run('nobody', queries.settings.users())).toEqual([]);
  });

  it('settings.members: a team’s members for its members and the superadmin only', async () => {
    const sales = (await run('agent.sales', queries.settings.members({ teamId: salesTeamId }))) as { user?: { email: string } }[];
    expect(sales.map((m) => m.user?.email)).toContain('admin.sales@parley.demo');
    expect(await run('super', queries.settings.members({ teamId: salesTeamId }))).toHaveLength(sales.length);
    expect(await run('agent.support', queries.settings.members({ teamId: salesTeamId }))).toEqual([]);
  });

  it('settings.accounts: the team’s accounts, deleted ones included; taxonomies and configuration for everyone', async () => {
    const id = randomUUID();
    const superadmin = fresh('super');
    expect((await serverVerdict(superadmin, superadmin.mutate(mutators.account.create({ id, teamId: ownTeamId, platform: 'api', name: 'Old help line' })), sql)).type).toBe('success');
    expect((await serverVerdict(superadmin, superadmin.mutate(mutators.account.delete({ id })), sql)).type).toBe('success');
    const own = (await run('supervisor', queries.settings.accounts())) as { id: string; deletedAt: number | null }[];
    expect(own.find((a) => a.id === id)?.deletedAt).toEqual(expect.any(Number));
    expect(((await run('agent.sales', queries.settings.accounts())) as { id: string }[]).some((a) => a.id === id)).toBe(false);

    const tags = (await run('agent.sales', queries.taxonomy.tags())) as { name: string }[];
    expect(tags.map((t) => t.name)).toEqual(expect.arrayContaining(['positive', 'negative', 'neutral']));
    const types = (await run('agent.sales', queries.taxonomy.customerTypes())) as { name: string }[];
    expect(types.slice(0, 2).map((t) => t.name)).toEqual(['VIP', 'Important']);
    const genders = (await run('nobody', queries.taxonomy.genders())) as { name: string }[];
    expect(genders.slice(0, 3).map((g) => g.name).sort()).toEqual(['Female', 'Male', 'Unknown']);
    expect(await run('nobody', queries.taxonomy.categories())).toEqual(expect.any(Array));
    expect(await run('agent.support', queries.config.current())).toMatchObject({ id: 'global', playerMode: expect.any(String) });
  });

  it('audit.recent: all for the superadmin, a team’s rows for its admins, none for other members', async () => {
    const superadmin = fresh('super');
    const [inOwn, inOther] = [randomUUID(), randomUUID()];
    expect((await serverVerdict(superadmin, superadmin.mutate(mutators.account.create({ id: inOwn, teamId: ownTeamId, platform: 'api', name: 'Audit S' })), sql)).type).toBe('success');
    expect((await serverVerdict(superadmin, superadmin.mutate(mutators.account.create({ id: inOther, teamId: otherTeamId, platform: 'api', name: 'Audit T' })), sql)).type).toBe('success');
    type Row = { entityId: string; teamId: string | null; actor?: { id: string }; team?: { id: string } };
    const all = (await run('super', queries.audit.recent({ limit: 50 }))) as Row[];
    expect(all.map((r) => r.entityId)).toEqual(expect.arrayContaining([inOwn, inOther]));
    expect(all.find((r) => r.entityId === inOther)).toMatchObject({ actor: { id: sessions.super!.userID }, team: { id: otherTeamId } });
    const admins = (await run('admin', queries.audit.recent({ limit: 200 }))) as Row[];
    expect(admins.map((r) => r.entityId)).toContain(inOwn);
    expect(admins.every((r) => r.teamId === ownTeamId)).toBe(true);
    expect(await run('supervisor', queries.audit.recent({ limit: 50 }))).toEqual([]);
    const onlyOther = (await run('super', queries.audit.recent({ limit: 50, teamId: otherTeamId }))) as Row[];
    expect(onlyOther.map((r) => r.entityId)).toEqual([inOther]);
  });
});
