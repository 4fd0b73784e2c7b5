import { verifyPassword } from 'better-auth/crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from '../db/migrate.ts';
import { createUser } from './create-user.ts';
import { insertUserRows } from './user-rows.ts';

let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;
let bossId: string;

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  await migrate(sql);
  bossId = await sql.begin((tx) => insertUserRows(tx, { name: 'Boss', email: 'boss@parley.test', passwordHash: null, isSuperadmin: true }));
});
afterAll(async () => {
  await sql?.end();
  await pg?.stop();
});

describe('createUser (ORG-6), the one way a user is made', () => {
  it('writes the login, the profile and an audit row without the password', async () => {
    const made = await createUser(sql, { email: ' Ada@Parley.test ', name: 'Ada', password: 'spring-meadow-42', actorId: bossId });
    if (!made.ok) throw new Error(made.error);
    const [cred] = await sql<{ password: string }[]>`SELECT password FROM auth_credential WHERE "userId" = ${made.id}`;
    expect(await verifyPassword({ hash: cred!.password, password: 'spring-meadow-42' })).toBe(true);
    expect(await sql`SELECT name, email, is_superadmin, disabled_at FROM profile WHERE id = ${made.id}`).toEqual([
      { name: 'Ada', email: 'ada@parley.test', is_superadmin: false, disabled_at: null },
    ]);
    const [audit] = await sql`SELECT after FROM audit_log WHERE entity_id = ${made.id} AND action = 'user.create'`;
    expect(audit!.after).toEqual({ name: 'Ada', email: 'ada@parley.test' });
  });

  it('refuses a taken email in words and writes nothing', async () => {
    const count = async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM auth_user`)[0]!.n;
    const before = await count();
    const again = await createUser(sql, { email: 'BOSS@parley.test', name: 'Other', password: 'spring-meadow-42', actorId: bossId });
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/already exists/) });
    expect(await count()).toBe(before);
  });
});
