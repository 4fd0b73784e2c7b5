import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { loadActor } from './context.ts';

let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
let sql: postgres.Sql;

beforeAll(async () => {
  pg = await startScratchPostgres();
  sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  await migrate(sql);
  await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1/simulator' });
});
afterAll(async () => {
  await sql?.end();
  await pg?.stop();
});

describe('loadActor (the server’s one actor loader)', () => {
  it('reads the profile and every team role in one go', async () => {
    const [member] = await sql<{ user_id: string; team_id: string; role: string }[]>`SELECT user_id, team_id, role FROM team_member LIMIT 1`;
    const actor = await loadActor(sql, member!.user_id);
    expect(actor).toMatchObject({ userID: member!.user_id, disabled: false });
    expect(actor!.roles.get(member!.team_id)).toBe(member!.role);
  });

  it('gives a user without teams no roles, an unknown id no actor, and a disabled user a disabled actor', async () => {
    const [loner] = await sql<{ id: string }[]>`SELECT id FROM profile p WHERE NOT EXISTS (SELECT 1 FROM team_member m WHERE m.user_id = p.id) LIMIT 1`;
    if (loner) expect((await loadActor(sql, loner.id))!.roles.size).toBe(0);
    expect(await loadActor(sql, 'no-such-user')).toBeUndefined();
    const [someone] = await sql<{ id: string }[]>`SELECT id FROM profile LIMIT 1`;
    await sql`UPDATE profile SET disabled_at = now() WHERE id = ${someone!.id}`;
    expect((await loadActor(sql, someone!.id))!.disabled).toBe(true);
  });
});
