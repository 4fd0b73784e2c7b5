import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { mutators } from '../../schema/mutators/index.ts';
import { migrate } from '../../server/db/migrate.ts';
import { storeInbound } from '../../server/intake/store-inbound.ts';
import { type JobRunnerOptions, startJobRunner } from '../../server/jobs/runner.ts';
import { seedDemo } from '../../server/seed/seed-demo.ts';
import { startFakeApiPlatform } from '../fakes/api-platform.ts';
import { startScratchPostgres } from '../support/scratch-postgres.ts';
import { serverMutatorRunner } from '../support/server-mutate.ts';

/**
 * A scratch Postgres with the demo data and the real queue, for the delivery tests: replies
 * are written by the real server mutator (which enqueues in its transaction) and sent by
 * real graphile-worker runners that a test starts and stops as a restart would.
 */
export async function startQueueFixture() {
  const pg = await startScratchPostgres();
  const sql = postgres(pg.url, { max: 5, onnotice: () => {} });
  await migrate(sql);
  await seedDemo(sql, { simulatorUrl: 'http://127.0.0.1:9/simulator' });
  const [account] = await sql<{ id: string; team_id: string; webhook_secret: string }[]>`
    SELECT a.id, a.team_id, s.webhook_secret FROM account a JOIN account_secret s ON s.account_id = a.id
    WHERE a.platform = 'api' AND a.deleted_at IS NULL ORDER BY a.name LIMIT 1`;
  const [member] = await sql<{ user_id: string }[]>`
    SELECT user_id FROM team_member WHERE team_id = ${account!.team_id} AND role = 'agent' LIMIT 1`;
  const runOnServer = serverMutatorRunner(sql);
  const runners: { stop: () => Promise<void> }[] = [];
  // The first runner migrates graphile-worker's schema; mutators need it to enqueue.
  await (await startJobRunner({ databaseUrl: pg.url, sql, log: () => {}, concurrency: 1 })).stop();

  const fixture = {
    sql,
    databaseUrl: pg.url,
    account: account!,
    agentId: member!.user_id,
    /** A worker process; `stop` is a clean shutdown (running jobs are handed back). */
    async startRunner(deps: Partial<Omit<JobRunnerOptions, 'databaseUrl' | 'sql'>> = {}) {
      const runner = await startJobRunner({ databaseUrl: pg.url, sql, log: process.env.PARLEY_LOG === 'debug' ? console.log : () => {}, retryBaseMs: 100, pollIntervalMs: 50, ...deps });
      runners.push(runner);
      return runner;
    },
    /** A customer's message on an Open ticket, through intake. */
    async inbound(text = 'Where is my order?') {
      const n = randomUUID().slice(0, 8);
      return storeInbound(sql, {
        accountId: account!.id,
        teamId: account!.team_id,
        platformMessageId: `in-${n}`,
        customer: { platformId: `c-${n}`, name: 'Ana', handle: '@ana' },
        text,
        kind: 'dm',
        sentAt: new Date(),
      });
    },
    /** An agent's reply through the real server mutator; its delivery job commits with it. */
    async reply(inboundId: string, text = 'On its way') {
      const id = randomUUID();
      const outcome = await runOnServer(mutators.message.reply({ id, inReplyToId: inboundId, text, sentAt: Date.now() }), { userID: member!.user_id });
      if (!outcome.ok) throw new Error(`reply refused: ${outcome.message}`);
      return id;
    },
    runOnServer,
    async state(messageId: string) {
      const [row] = await sql<{ delivery: string; delivery_error: string | null; status: string; platform_message_id: string | null }[]>`
        SELECT m.delivery, m.delivery_error, m.platform_message_id, t.status FROM message m JOIN ticket t ON t.id = m.ticket_id
        WHERE m.id = ${messageId}`;
      return row!;
    },
    async jobsFor(messageId: string) {
      return sql<{ run_at: Date; attempts: number; locked_at: Date | null }[]>`
        SELECT run_at, attempts, locked_at FROM graphile_worker.jobs WHERE key = ${`reply:${messageId}`}`;
    },
    async stop() {
      await Promise.all(runners.map((r) => r.stop().catch(() => {})));
      await sql.end();
      await pg.stop();
    },
  };
  return fixture;
}

export type QueueFixture = Awaited<ReturnType<typeof startQueueFixture>>;

/** The fake API platform, with the fixture's account pointed at it (delivery tests). */
export async function fakePlatformFor(f: QueueFixture) {
  const fake = await startFakeApiPlatform();
  fake.setSecret(f.account.id, f.account.webhook_secret);
  await f.sql`UPDATE account_secret SET callback_url = ${`${fake.url}/inbox/${f.account.id}`} WHERE account_id = ${f.account.id}`;
  return fake;
}
