import { Hono } from 'hono';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, sign } from '../../server/connectors/api/signature.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seedDemo } from '../../server/seed/seed-demo.ts';
import { webhookRoutes } from '../../server/webhooks/webhook-routes.ts';
import { type DemoAccount, demoAccounts, inboundBody } from '../support/demo.ts';
import { startScratchPostgres } from '../support/scratch-postgres.ts';

// The webhook mount through the registry, without ports: /webhooks/<platform>/<accountId>.
let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
let app: Hono;
let api: DemoAccount;
let other: DemoAccount;

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 3, onnotice: () => {} });
  await migrate(sql);
  await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1/simulator' });
  app = new Hono().route('/webhooks', webhookRoutes({ sql }));
  const accounts = await demoAccounts(sql);
  api = accounts.find((a) => a.platform === 'api')!;
  other = accounts.find((a) => a.platform === 'x')!;
});
afterAll(async () => {
  await sql?.end();
  await pg?.stop();
});

const post = (path: string, raw: string, signature: string | null) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) }, body: raw });
const messageCount = async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM message`)[0]!.n;

describe('webhooks through the registry', () => {
  it('stores a signed API message once and answers a repeat as a duplicate', async () => {
    const raw = JSON.stringify(inboundBody({ text: 'Where is my parcel?' }));
    const first = await post(`/webhooks/api/${api.id}`, raw, sign(raw, api.secret));
    expect(first.status).toBe(200);
    const stored = (await first.json()) as { id: string; ticketId: string; duplicate: boolean };
    expect(stored.duplicate).toBe(false);
    const [row] = await sql`SELECT text, direction, ticket_id FROM message WHERE id = ${stored.id}`;
    expect(row).toEqual({ text: 'Where is my parcel?', direction: 'in', ticket_id: stored.ticketId });
    const again = await post(`/webhooks/api/${api.id}`, raw, sign(raw, api.secret));
    expect(await again.json()).toEqual({ ...stored, duplicate: true });
  });

  it('stores a comment as a comment', async () => {
    const raw = JSON.stringify(inboundBody({ kind: 'comment', text: 'Nice post' }));
    const res = await post(`/webhooks/api/${api.id}`, raw, sign(raw, api.secret));
    const { id } = (await res.json()) as { id: string };
    expect((await sql`SELECT kind FROM message WHERE id = ${id}`)[0]).toEqual({ kind: 'comment' });
  });

  it('answers a bad signature and an account of another platform alike with 401, storing nothing', async () => {
    const before = await messageCount();
    const raw = JSON.stringify(inboundBody());
    const bad = await post(`/webhooks/api/${api.id}`, raw, sign(raw, 'not the secret'));
    const wrong = await post(`/webhooks/api/${other.id}`, raw, sign(raw, other.secret));
    expect([bad.status, wrong.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await bad.json());
    expect(await messageCount()).toBe(before);
  });

  it('has no route for a platform without an adapter', async () => {
    const raw = JSON.stringify(inboundBody());
    expect((await post(`/webhooks/x/${other.id}`, raw, sign(raw, other.secret))).status).toBe(404);
  });
});
