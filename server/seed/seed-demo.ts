import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type postgres from 'postgres';
import { descriptorOf } from '../../schema/platforms/index.ts';
import { insertUserRows } from '../admin/user-rows.ts';
import type { DemoPlatform, DemoTeamKind } from './demo-content.ts';
import { planDemoConversations } from './demo-conversations.ts';
import type { PlanAccount, PlanAuthor } from './demo-rows.ts';
import { demoTaxonomyRows } from './demo-taxonomy.ts';
import { pointDemoAccountsAt } from './point-demo-accounts.ts';

/** Every demo login shares this password; the demo is public, so it is no secret. */
export const DEMO_PASSWORD = 'parley-demo';

type Role = 'agent' | 'supervisor' | 'admin';
type DemoUser = { email: string; name: string; superadmin?: boolean; team?: DemoTeamKind; role?: Role };

const demoUsers: readonly DemoUser[] = [
  { email: 'super@parley.demo', name: 'Rosa Delgado', superadmin: true },
  { email: 'admin.support@parley.demo', name: 'Priya Raman', team: 'support', role: 'admin' },
  { email: 'supervisor.support@parley.demo', name: 'Marcus Bell', team: 'support', role: 'supervisor' },
  { email: 'agent.support@parley.demo', name: 'Jenna Kowalski', team: 'support', role: 'agent' },
  { email: 'admin.sales@parley.demo', name: 'Daniel Osei', team: 'sales', role: 'admin' },
  { email: 'supervisor.sales@parley.demo', name: 'Hannah Lindqvist', team: 'sales', role: 'supervisor' },
  { email: 'agent.sales@parley.demo', name: 'Leo Martins', team: 'sales', role: 'agent' },
  // ORG-8: someone in no team, to show the empty home that says whom to ask.
  { email: 'nobody@parley.demo', name: 'Noah Fischer' },
];

const demoTeams: Record<DemoTeamKind, { name: string; display_name: string; description: string }> = {
  support: {
    name: 'Support',
    display_name: 'Northwind Support',
    description: 'Orders, deliveries, returns and account help for Northwind Outfitters customers.',
  },
  sales: {
    name: 'Sales',
    display_name: 'Northwind Sales',
    description: 'Business, club and school enquiries: pricing, samples, demos and bulk orders.',
  },
};

const demoAccounts: readonly { team: DemoTeamKind; platform: DemoPlatform; name: string; handle: string }[] = [
  { team: 'support', platform: 'api', name: 'Northwind Help', handle: '@northwind_help' },
  { team: 'support', platform: 'x', name: 'Northwind on X', handle: '@NorthwindOutfit' },
  { team: 'sales', platform: 'api', name: 'Northwind Sales API', handle: '@northwind_sales' },
  { team: 'sales', platform: 'whatsapp', name: 'Northwind WhatsApp Sales', handle: '+1 555 0142' },
];

/** What `npm start` prints so a person can try each role. */
export const demoLogins: { email: string; role: string; team?: string }[] = demoUsers.map((u) => ({
  email: u.email,
  role: u.superadmin ? 'superadmin' : (u.role ?? 'no team'),
  ...(u.team ? { team: demoTeams[u.team].name } : {}),
}));

/**
 * Fills an empty database with a demo organisation: users of every role, two teams, four
 * accounts and three weeks of conversations. Runs only when no profile exists, so it never
 * touches a database someone already uses; on a seeded one, it only points the demo's API
 * accounts at this start's simulator (the port may have changed).
 */
export async function seedDemo(sql: postgres.Sql, opts: { simulatorUrl: string; now?: Date }): Promise<{ seeded: boolean }> {
  const now = opts.now ?? new Date();
  const [existing] = await sql`SELECT 1 FROM profile LIMIT 1`;
  if (existing) {
    await pointDemoAccountsAt(sql, opts.simulatorUrl);
    return { seeded: false };
  }
  // One hash for all users: scrypt costs ~40 ms each and the password is the same public one.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // The organisation exists a while before the three weeks of conversations it answered.
  const since = new Date(now.getTime() - 30 * 86_400_000);

  return sql.begin(async (tx) => {
    // Two servers starting on one empty database must not both seed it.
    await tx`SELECT pg_advisory_xact_lock(727275)`;
    const [again] = await tx`SELECT 1 FROM profile LIMIT 1`;
    if (again) {
      await pointDemoAccountsAt(tx, opts.simulatorUrl);
      return { seeded: false };
    }

    const users = demoUsers.map((u) => ({ ...u, id: randomUUID() }));
    for (const u of users) {
      await insertUserRows(tx, { id: u.id, name: u.name, email: u.email, passwordHash, isSuperadmin: u.superadmin === true, createdAt: since });
    }

    const teamIds: Record<DemoTeamKind, string> = { support: randomUUID(), sales: randomUUID() };
    await tx`INSERT INTO team ${tx((['support', 'sales'] as const).map((k) => ({ id: teamIds[k], ...demoTeams[k], created_at: since })))}`;
    const members = users.flatMap((u) =>
      u.team && u.role ? [{ id: randomUUID(), team_id: teamIds[u.team], user_id: u.id, role: u.role, created_at: since }] : [],
    );
    await tx`INSERT INTO team_member ${tx(members)}`;

    const accounts = demoAccounts.map((a) => ({ ...a, id: randomUUID(), teamId: teamIds[a.team] }));
    const accountRows = accounts.map((a) => ({
      id: a.id,
      team_id: a.teamId,
      platform: a.platform,
      name: a.name,
      handle: a.handle,
      // Only platforms with a connector can really be connected: the simulator answers their ping.
      connection_state: descriptorOf(a.platform).canConnect ? 'connected' : 'pending',
      created_at: since,
    }));
    await tx`INSERT INTO account ${tx(accountRows)}`;
    const secretRows = accounts.map((a) => ({
      account_id: a.id,
      webhook_secret: randomBytes(32).toString('hex'),
      callback_url: descriptorOf(a.platform).callbackUrl ? `${opts.simulatorUrl}/inbox/${a.id}` : null,
    }));
    await tx`INSERT INTO account_secret ${tx(secretRows)}`;

    const authors: Record<string, PlanAuthor[]> = { [teamIds.support]: [], [teamIds.sales]: [] };
    for (const u of users) {
      if (!u.team || !u.role) continue;
      authors[teamIds[u.team]]?.push({ id: u.id, firstName: u.name.split(' ')[0] ?? u.name, role: u.role });
    }
    const planAccounts: PlanAccount[] = accounts.map((a) => ({
      id: a.id,
      teamId: a.teamId,
      teamKind: a.team,
      platform: a.platform,
      handle: a.handle,
    }));
    const plan = planDemoConversations({ accounts: planAccounts, authors, now, newId: randomUUID });
    await tx`INSERT INTO customer ${tx(plan.customers)}`;
    await tx`INSERT INTO ticket ${tx(plan.tickets)}`;
    await tx`INSERT INTO message ${tx(plan.messages)}`;

    // Parents before children: the tree's rows are listed in that order.
    const taxonomy = demoTaxonomyRows(since);
    await tx`INSERT INTO category ${tx(taxonomy.categories)}`;
    await tx`INSERT INTO tag ${tx(taxonomy.tags)}`;
    return { seeded: true };
  });
}
