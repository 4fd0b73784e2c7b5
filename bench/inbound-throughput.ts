import { once } from 'node:events';
import { createServer } from 'node:http';
import { Worker } from 'node:worker_threads';
import type postgres from 'postgres';
import { queries } from '../schema/queries/index.ts';
import type { DemoAccount } from '../tests/support/demo.ts';
import { connectZero, type TestSession } from '../tests/support/zero-client.ts';
import { ms, summarize } from './stats.ts';

type LoadResult = { latencies: number[]; failures: number; lastId: string; seconds: number };

/** Runs the senders on a worker thread (see load-worker.ts) and waits for their figures. */
function load(job: { url: string; secret: string; concurrency: number; seconds: number; customers: number; prefix: string }) {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { workerData: job, execArgv: ['--import', 'tsx'] });
  return new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function line(label: string, r: LoadResult, extra = '') {
  const s = summarize(r.latencies);
  const rate = (r.latencies.length - r.failures) / r.seconds;
  return `${label.padEnd(34)} ${rate.toFixed(0).padStart(6)} /s   POST p50 ${ms(s.p50).padStart(10)}   p99 ${ms(s.p99).padStart(10)}${r.failures ? `   ${r.failures} failed` : ''}${extra}`;
}

/**
 * Inbound throughput: N concurrent senders post signed webhooks for `seconds`; then how long
 * after the last POST the last message is in a connected client's Player. Beside it, the
 * floor of the same senders against a bare HTTP server that answers at once (what this
 * machine's HTTP and load generator alone allow).
 */
export async function inboundThroughput(opts: {
  url: string;
  zeroUrl: string;
  sql: postgres.Sql;
  account: DemoAccount;
  session: TestSession;
  senders: number[];
  seconds: number;
}) {
  const rows: string[] = [];
  const client = connectZero(opts.zeroUrl, opts.session);
  const view = client.materialize(queries.player.normal({ limit: 20 }));
  let waitingFor: { id: string; resolve: () => void } | undefined;
  view.addListener((data) => {
    if (waitingFor && data.some((m) => m.platformMessageId === waitingFor?.id)) waitingFor.resolve();
  });
  for (const concurrency of opts.senders) {
    const r = await load({
      url: `${opts.url}/webhooks/api/${opts.account.id}`,
      secret: opts.account.secret,
      concurrency,
      seconds: opts.seconds,
      customers: 500,
      prefix: `bench-${concurrency}-${Date.now()}`,
    });
    const postsEnded = performance.now();
    const seen = new Promise<void>((resolve) => {
      waitingFor = { id: r.lastId, resolve };
    });
    await seen;
    rows.push(line(`webhooks, ${concurrency} senders`, r, `   last one in the Player ${ms(performance.now() - postsEnded)} after the last POST`));
    console.log(rows.at(-1));
  }
  await client.close();

  const floor = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('{"ok":true}'));
  });
  floor.listen(0, '127.0.0.1');
  await once(floor, 'listening');
  const { port } = floor.address() as { port: number };
  for (const concurrency of opts.senders) {
    const r = await load({ url: `http://127.0.0.1:${port}/`, secret: 'floor', concurrency, seconds: Math.min(5, opts.seconds), customers: 1, prefix: 'floor' });
    rows.push(line(`floor: bare HTTP, ${concurrency} senders`, r));
    console.log(rows.at(-1));
  }
  floor.close();
  return rows;
}
