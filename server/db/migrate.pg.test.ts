import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchPostgres } from '../../tests/support/scratch-postgres.ts';
import { migrate } from './migrate.ts';

describe('migrate', () => {
  let pg: Awaited<ReturnType<typeof startScratchPostgres>>;
  let sql: postgres.Sql;
  beforeAll(async () => {
    pg = await startScratchPostgres();
    sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql.end();
    await pg.stop();
  });

  it('applies every migration once, and nothing the second time', async () => {
    const first = await migrate(sql);
    expect(first.slice(0, 3)).toEqual(['0001_init.sql', '0002_settings.sql', '0003_team_name_unique_ci.sql']);
    expect(await migrate(sql)).toEqual([]);
  });

  it('publishes only the tables browsers may sync: no secrets, no sessions, no passwords', async () => {
    const rows = await sql<{ tablename: string }[]>`
      SELECT tablename FROM pg_publication_tables WHERE pubname = 'parley_sync' ORDER BY tablename`;
    const published = rows.map((r) => r.tablename);
    expect(published).toEqual([
      'account',
      'app_config',
      'audit_log',
      'category',
      'customer',
      'customer_customer_type',
      'customer_type',
      'directory_access',
      'gender',
      'message',
      'profile',
      'tag',
      'team',
      'team_access',
      'team_member',
      'ticket',
      'ticket_category',
      'ticket_tag',
    ]);
    for (const secret of ['account_secret', 'auth_session', 'auth_credential', 'auth_user', 'auth_verification']) {
      expect(published).not.toContain(secret);
    }
  });
});
