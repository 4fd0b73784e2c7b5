import { queries } from '../schema/queries/index.ts';
import { apiAccountOf, inboundBody, postInbound } from '../tests/support/demo.ts';
import { startTestStack } from '../tests/support/test-stack.ts';
import { connectZero, signIn, type ZeroClient } from '../tests/support/zero-client.ts';
import { BENCH_RETRY_BASE_MS } from './bench-stack.ts';
import { insertFloor, websocketEchoFloor } from './floors.ts';
import { inboundThroughput } from './inbound-throughput.ts';
import { outbound } from './outbound.ts';
import { ms, summarize } from './stats.ts';

// `npm run bench`: from a signed webhook POST until the message is in EVERY connected
// client's Player view, for 1, 10 and 50 Node Zero clients of one team; beside it, floors
// measured in the same run. It prints figures; it does not pass or fail.
const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? '1,10,50').split(',').map(Number).filter((n) => n > 0);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 200);
const WARMUP = 10;
const SENDERS = (process.env.BENCH_SENDERS ?? '16,64').split(',').map(Number).filter((n) => n > 0);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const REPLIES = Number(process.env.BENCH_REPLIES ?? 100);
const BURST = Number(process.env.BENCH_BURST ?? 300);

const stack = await startTestStack({ jobs: { retryBaseMs: BENCH_RETRY_BASE_MS } });
try {
  const account = await apiAccountOf(stack.sql, 'Support');
  const emails = ['agent.support@parley.demo', 'supervisor.support@parley.demo', 'admin.support@parley.demo'];
  const sessions = await Promise.all(emails.map((e) => signIn(stack.url, e)));

  console.log(`Parley benchmark: webhook POST -> row in every client's Player view (${MESSAGES} messages per run)\n`);
  const rows: string[] = [];
  for (const n of CLIENT_COUNTS) {
    const clients: ZeroClient[] = [];
    const pending = new Map<string, { seen: Set<number>; done: () => void }>();
    for (let i = 0; i < n; i++) {
      const z = connectZero(stack.zeroUrl, sessions[i % sessions.length]!);
      clients.push(z);
      const view = z.materialize(queries.player.normal({ limit: 20 }));
      view.addListener((data) => {
        for (const m of data.slice(0, 5)) {
          const p = m.platformMessageId ? pending.get(m.platformMessageId) : undefined;
          if (p && !p.seen.has(i)) {
            p.seen.add(i);
            if (p.seen.size === n) p.done();
          }
        }
      });
    }
    const deliver = async () => {
      const body = inboundBody();
      const t0 = performance.now();
      const seenByAll = new Promise<void>((resolve) => pending.set(body.id, { seen: new Set(), done: resolve }));
      const res = await postInbound(stack.url, account.id, account.secret, body);
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      await seenByAll;
      pending.delete(body.id);
      return performance.now() - t0;
    };
    for (let i = 0; i < WARMUP; i++) await deliver(); // also waits until every client is synced
    const samples: number[] = [];
    const started = performance.now();
    for (let i = 0; i < MESSAGES; i++) samples.push(await deliver());
    const perSecond = MESSAGES / ((performance.now() - started) / 1000);
    const s = summarize(samples);
    rows.push(`${String(n).padStart(3)} clients   p50 ${ms(s.p50).padStart(10)}   p95 ${ms(s.p95).padStart(10)}   p99 ${ms(s.p99).padStart(10)}   ${perSecond.toFixed(1)} msg/s (one at a time)`);
    console.log(rows.at(-1));
    await Promise.all(clients.map((c) => c.close()));
  }

  console.log(`\nInbound throughput: signed webhooks from concurrent senders for ${SECONDS} s each (senders on their own thread)\n`);
  await inboundThroughput({ url: stack.url, zeroUrl: stack.zeroUrl, sql: stack.sql, account, session: sessions[0]!, senders: SENDERS, seconds: SECONDS });

  console.log('\nOutbound: reply mutation -> queue -> worker -> the fake platform (API channel)\n');
  await outbound({ url: stack.url, zeroUrl: stack.zeroUrl, sql: stack.sql, account, session: sessions[0]!, samples: REPLIES, burst: BURST });

  const insert = await insertFloor(stack.sql);
  const echo = await websocketEchoFloor();
  console.log('\nFloors measured in the same run:');
  console.log(`  Postgres one-row INSERT round trip   p50 ${ms(insert.p50)}   p95 ${ms(insert.p95)}   p99 ${ms(insert.p99)}   ${insert.perSecond.toFixed(0)} inserts/s`);
  console.log(`  WebSocket echo over loopback         p50 ${ms(echo.p50)}   p95 ${ms(echo.p95)}   p99 ${ms(echo.p99)}   ${echo.perSecond.toFixed(0)} echoes/s`);
} finally {
  await stack.stop();
}
