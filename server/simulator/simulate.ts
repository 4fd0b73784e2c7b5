import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { z } from 'zod';
import { apiConnector } from '../connectors/api/index.ts';
import { SIGNATURE_HEADER, sign } from '../connectors/api/signature.ts';
import { readRuntime } from '../runtime-file.ts';
import { createInboundGenerator, type KnownCustomer, type SimulatedAccount, teamKindOf } from './simulated-inbound.ts';

/** The simulator is the API platform's stand-in: it speaks that channel's signed wire format only. */
const SIMULATED_PLATFORM = apiConnector.platform;

const usage = `Usage: npm run simulate -- [options]

Sends realistic customer messages to a running Parley through the API channel webhook,
signed like a real platform would sign them.

  --account <id or name>   only this account (default: every API account)
  --count <n>              how many messages in total (default 20)
  --rate <n>               messages per second (default 2)
  --url <url>              Parley's base URL (default: from the running \`npm start\`, then PARLEY_URL)
  --database-url <url>     Postgres URL (default: from the running \`npm start\`, then DATABASE_URL)
  --help                   show this help
`;

const optionsSchema = z.object({
  account: z.string().min(1).optional(),
  count: z.coerce.number().int().min(1).max(100_000),
  rate: z.coerce.number().positive().max(1000),
});

type AccountRow = { id: string; name: string; handle: string; platform: string; team_name: string; webhook_secret: string };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      account: { type: 'string' },
      count: { type: 'string', default: '20' },
      rate: { type: 'string', default: '2' },
      url: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) fail(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n\n${usage}`);
  const opts = parsed.data;

  // A runtime file left behind by a crashed server would point at nothing; ignore it then.
  const runtime = readRuntime();
  const live = runtime && isAlive(runtime.pid) ? runtime : undefined;
  const url = (values.url ?? live?.url ?? process.env.PARLEY_URL)?.replace(/\/+$/, '');
  const databaseUrl = values['database-url'] ?? live?.databaseUrl ?? process.env.DATABASE_URL;
  if (!url || !databaseUrl) {
    fail(
      'Parley does not seem to be running. Start it with `npm start` in another terminal, ' +
        'then run `npm run simulate` again (or pass --url and --database-url).',
    );
  }

  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const rows = await sql<AccountRow[]>`
      SELECT a.id, a.name, a.handle, a.platform, t.name AS team_name, s.webhook_secret
      FROM account a JOIN team t ON t.id = a.team_id JOIN account_secret s ON s.account_id = a.id
      WHERE a.deleted_at IS NULL ORDER BY t.name, a.name`;
    const wanted = opts.account?.toLowerCase();
    const chosen = rows.filter((a) =>
      wanted ? a.id === opts.account || a.name.toLowerCase() === wanted : a.platform === SIMULATED_PLATFORM,
    );
    if (chosen.length === 0 && wanted) {
      fail(`No account with id or name "${opts.account}". Known: ${rows.map((a) => a.name).join(', ') || 'none'}.`);
    }
    if (chosen.length === 0) fail('There is no API account with a webhook secret. Add one in Settings › Accounts.');
    const notApi = chosen.find((a) => a.platform !== SIMULATED_PLATFORM);
    if (notApi) fail(`"${notApi.name}" is a ${notApi.platform} account; only API accounts receive simulated webhooks.`);

    const known = new Map<string, KnownCustomer[]>(chosen.map((a) => [a.id, []]));
    const customers = await sql<(KnownCustomer & { account_id: string })[]>`
      SELECT account_id, platform_customer_id AS "platformCustomerId", handle, name
      FROM customer WHERE account_id IN ${sql(chosen.map((a) => a.id))}`;
    for (const c of customers) known.get(c.account_id)?.push(c);
    return await send({ url, accounts: chosen, known, count: opts.count, rate: opts.rate });
  } finally {
    await sql.end();
  }
}

type SendArgs = { url: string; accounts: AccountRow[]; known: Map<string, KnownCustomer[]>; count: number; rate: number };

/** Posts `count` messages round-robin over the accounts, `rate` per second; returns the exit code. */
async function send(args: SendArgs): Promise<number> {
  const generator = createInboundGenerator(Date.now());
  const interval = 1000 / args.rate;
  const started = Date.now();
  const width = String(args.count).length;
  let failed = 0;
  for (let i = 0; i < args.count; i++) {
    const wait = started + i * interval - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const row = args.accounts[i % args.accounts.length] as AccountRow;
    const account: SimulatedAccount = { id: row.id, name: row.name, handle: row.handle, teamKind: teamKindOf(row.team_name) };
    const known = args.known.get(row.id) ?? [];
    const { body, customer, returning } = generator.next(account, known);
    const raw = JSON.stringify(body);
    let status: string;
    try {
      const res = await fetch(`${args.url}/webhooks/${SIMULATED_PLATFORM}/${row.id}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: sign(raw, row.webhook_secret) },
        body: raw,
        signal: AbortSignal.timeout(10_000),
      });
      status = String(res.status);
      if (!res.ok) {
        failed++;
        status += ` ${(await res.text()).slice(0, 200)}`;
      }
    } catch (e) {
      failed++;
      // fetch hides the useful part (ECONNREFUSED, timeout) in `cause`.
      const cause = (e as Error).cause;
      status = `ERROR ${cause instanceof Error ? cause.message : (e as Error).message}`;
    }
    if (!returning) known.push(customer);
    const who = `${customer.name} ${customer.handle}`.trim();
    console.log(`${String(i + 1).padStart(width)}/${args.count}  ${row.name}  <- ${who}${returning ? ' (returning)' : ''}  ${status}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${args.count - failed} delivered, ${failed} failed, in ${seconds}s.`);
  if (failed > 0) console.log(`Some messages were refused; check that ${args.url} is the Parley that uses this database.`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`Simulation stopped: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
