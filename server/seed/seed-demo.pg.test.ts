import { verifyPassword } from 'better-auth/crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from '../db/migrate.ts';
import { DEMO_PASSWORD, demoLogins, seedDemo } from './seed-demo.ts';

const now = new Date('2026-03-02T12:00:00Z');
let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
let firstRun: { seeded: boolean };
let seedMs = 0;

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 3, onnotice: () => {} });
  await migrate(sql);
  const started = performance.now();
  firstRun = await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1:9999/simulator', now });
  seedMs = performance.now() - started;
});
afterAll(async () => {
  await sql?.end();
  await pg?.stop();
});

async function count(table: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${sql(table)}`;
  return row!.n;
}

describe('seedDemo', () => {
  it('seeds an empty database quickly, and leaves a used one alone', async () => {
    expect(firstRun).toEqual({ seeded: true });
    expect(seedMs).toBeLessThan(2000);
    const before = await count('message');
    expect(await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1:9999/simulator', now })).toEqual({ seeded: false });
    expect(await count('message')).toBe(before);
  });

  it('creates every demo login with the demo password and its role', async () => {
    const rows = await sql<{ email: string; is_superadmin: boolean; password: string; team: string | null; role: string | null }[]>`
      SELECT p.email, p.is_superadmin, c.password, t.name AS team, m.role
      FROM profile p JOIN auth_user u ON u.id = p.id
      JOIN auth_credential c ON c."userId" = p.id AND c."providerId" = 'credential' AND c."accountId" = p.id
      LEFT JOIN team_member m ON m.user_id = p.id LEFT JOIN team t ON t.id = m.team_id`;
    expect(rows.map((r) => r.email).sort()).toEqual(demoLogins.map((l) => l.email).sort());
    for (const login of demoLogins) {
      const row = rows.find((r) => r.email === login.email)!;
      expect(row.is_superadmin).toBe(login.role === 'superadmin');
      expect(row.team ?? undefined).toBe(login.team);
      if (login.team) expect(row.role).toBe(login.role);
    }
    expect(await verifyPassword({ hash: rows[0]!.password, password: DEMO_PASSWORD })).toBe(true);
  });

  it('creates two accounts per team with secrets; API accounts call the simulator', async () => {
    const accounts = await sql<{ id: string; team: string; platform: string; connection_state: string; webhook_secret: string; callback_url: string | null }[]>`
      SELECT a.id, t.name AS team, a.platform, a.connection_state, s.webhook_secret, s.callback_url
      FROM account a JOIN team t ON t.id = a.team_id JOIN account_secret s ON s.account_id = a.id`;
    expect(accounts).toHaveLength(4);
    expect(accounts.filter((a) => a.team === 'Support').map((a) => a.platform).sort()).toEqual(['api', 'x']);
    expect(accounts.filter((a) => a.team === 'Sales').map((a) => a.platform).sort()).toEqual(['api', 'whatsapp']);
    for (const a of accounts) {
      expect(a.webhook_secret).toMatch(/^[0-9a-f]{64}$/);
      expect(a.connection_state).toBe(a.platform === 'api' ? 'connected' : 'pending');
      expect(a.callback_url).toBe(a.platform === 'api' ? `http://127.0.0.1:9999/simulator/inbox/${a.id}` : null);
    }
  });

  it('fills a few weeks of coherent conversations', async () => {
    expect(await count('customer')).toBeGreaterThanOrEqual(48);
    const messages = await count('message');
    expect(messages).toBeGreaterThanOrEqual(180);
    expect(messages).toBeLessThanOrEqual(450);
    const statuses = await sql<{ status: string }[]>`SELECT DISTINCT status FROM ticket ORDER BY status`;
    expect(statuses.map((s) => s.status)).toEqual(['awaiting', 'closed', 'open', 'replied', 'transferred', 'unknown']);

    // Rows copy team and customer from their parents consistently.
    const [mismatch] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM message m JOIN ticket t ON t.id = m.ticket_id JOIN customer c ON c.id = m.customer_id
      JOIN account a ON a.id = m.account_id
      WHERE t.customer_id <> m.customer_id OR t.account_id <> m.account_id OR c.team_id <> a.team_id OR m.team_id <> a.team_id`;
    expect(mismatch!.n).toBe(0);
    // At most one unfinished ticket per customer, and it is their latest.
    const [twoOpen] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT customer_id FROM ticket WHERE status <> 'closed' GROUP BY customer_id HAVING count(*) > 1) x`;
    expect(twoOpen!.n).toBe(0);
    const [olderOpen] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ticket t WHERE t.status <> 'closed'
      AND EXISTS (SELECT 1 FROM ticket u WHERE u.customer_id = t.customer_id AND u.created_at > t.created_at)`;
    expect(olderOpen!.n).toBe(0);
    // Open tickets end with the customer, replied ones with us.
    const ends = await sql<{ status: string; direction: string }[]>`
      SELECT t.status, (SELECT m.direction FROM message m WHERE m.ticket_id = t.id ORDER BY m.sent_at DESC LIMIT 1) AS direction
      FROM ticket t WHERE t.status IN ('open', 'replied')`;
    for (const e of ends) expect(e.direction).toBe(e.status === 'open' ? 'in' : 'out');
    // Replies are written by members of the account's team and answer an inbound message.
    const [badReplies] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM message m LEFT JOIN message p ON p.id = m.parent_id
      WHERE m.direction = 'out' AND (p.direction IS DISTINCT FROM 'in'
        OR NOT EXISTS (SELECT 1 FROM team_member tm WHERE tm.user_id = m.author_id AND tm.team_id = m.team_id))`;
    expect(badReplies!.n).toBe(0);
    const [range] = await sql<{ oldest: Date; newest: Date }[]>`SELECT min(sent_at) AS oldest, max(sent_at) AS newest FROM message`;
    expect(+range!.newest).toBeLessThanOrEqual(+now);
    expect(+now - +range!.oldest).toBeLessThanOrEqual(22 * 86_400_000);
  });

  it('shows no reply on X or WhatsApp, which Parley cannot send on yet', async () => {
    const rows = await sql<{ platform: string; out: number; all: number }[]>`
      SELECT a.platform, count(*) FILTER (WHERE m.direction = 'out')::int AS out, count(*)::int AS all
      FROM message m JOIN account a ON a.id = m.account_id GROUP BY a.platform ORDER BY a.platform`;
    expect(rows.map((r) => [r.platform, r.out > 0])).toEqual([['api', true], ['whatsapp', false], ['x', false]]);
    const [undelivered] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM message WHERE direction = 'out' AND delivery <> 'sent'`;
    expect(undelivered!.n).toBe(0);
  });

  it('points the demo API accounts at the simulator of each start, and leaves a URL an admin chose alone', async () => {
    const [custom] = await sql<{ account_id: string }[]>`
      SELECT s.account_id FROM account_secret s JOIN account a ON a.id = s.account_id WHERE a.platform = 'api' LIMIT 1`;
    await sql`UPDATE account_secret SET callback_url = 'https://platform.example/parley' WHERE account_id = ${custom!.account_id}`;
    expect(await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1:3100/simulator', now })).toEqual({ seeded: false });
    const urls = await sql<{ id: string; platform: string; callback_url: string | null }[]>`
      SELECT a.id, a.platform, s.callback_url FROM account a JOIN account_secret s ON s.account_id = a.id`;
    for (const a of urls) {
      if (a.id === custom!.account_id) expect(a.callback_url).toBe('https://platform.example/parley');
      else expect(a.callback_url).toBe(a.platform === 'api' ? `http://127.0.0.1:3100/simulator/inbox/${a.id}` : null);
    }
  });
});
