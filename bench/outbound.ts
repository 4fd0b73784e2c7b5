import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import type postgres from 'postgres';
import { mutators } from '../schema/mutators/index.ts';
import { queries } from '../schema/queries/index.ts';
import { sign } from '../server/connectors/api/signature.ts';
import { type FakeApiPlatform, startFakeApiPlatform } from '../tests/fakes/api-platform.ts';
import { fakePlatformPort } from '../tests/fakes/fake-origins.ts';
import { type DemoAccount, inboundBody, postInbound } from '../tests/support/demo.ts';
import { connectZero, type TestSession, waitForView, type ZeroClient } from '../tests/support/zero-client.ts';
import { BENCH_RETRY_BASE_MS } from './bench-stack.ts';
import { ms, summarize } from './stats.ts';

type Opts = { url: string; zeroUrl: string; sql: postgres.Sql; account: DemoAccount; session: TestSession; samples: number; burst: number };

/** Records when each Idempotency-Key first reaches the fake (its `received` is appended per request). */
function receipts(fake: FakeApiPlatform) {
  const firstSeen = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const push = fake.received.push.bind(fake.received);
  fake.received.push = (...items) => {
    for (const r of items) {
      if (r.status >= 300 || !r.idempotencyKey || firstSeen.has(r.idempotencyKey)) continue;
      firstSeen.set(r.idempotencyKey, performance.now());
      waiting.get(r.idempotencyKey)?.();
    }
    return push(...items);
  };
  const accepted = (key: string) =>
    new Promise<number>((resolve) => {
      const at = firstSeen.get(key);
      if (at !== undefined) return resolve(at);
      waiting.set(key, () => resolve(firstSeen.get(key)!));
    });
  return { accepted };
}

/** A fake's answers in a repeatable order: `failShare` of them 503 (nothing posted), the rest 200 at once. */
function queueFailures(fake: FakeApiPlatform, requests: number, failShare: number) {
  let seed = 7;
  for (let i = 0; i < requests; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    if (seed / 2 ** 31 < failShare) fake.failTimes(1, 503);
    else fake.slowNext(0);
  }
}

function reply(z: ZeroClient, inReplyToId: string, id: string = randomUUID()): string {
  const result = z.mutate(mutators.message.reply({ id, inReplyToId, text: `Benchmark reply ${id.slice(0, 8)}`, sentAt: Date.now() }));
  void result.server.then((r) => r.type === 'error' && console.warn(`reply ${id} refused: ${r.error.message}`));
  return id;
}

async function burst(o: Opts, z: ZeroClient, inboundId: string, fake: FakeApiPlatform, until: (ids: string[]) => Promise<void>) {
  const started = performance.now();
  const ids = Array.from({ length: o.burst }, () => reply(z, inboundId));
  await until(ids);
  return { ids, seconds: (performance.now() - started) / 1000, attempts: fake.received.filter((r) => ids.includes(r.idempotencyKey ?? '')).length };
}

/** Replies until the server accepts one: right after connecting, the client's copy of the actor may lag. */
async function untilAccepted(z: ZeroClient, inboundId: string) {
  for (let i = 0; i < 100; i++) {
    const r = await z.mutate(mutators.message.reply({ id: randomUUID(), inReplyToId: inboundId, text: 'Warm-up', sentAt: Date.now() })).server;
    if (r.type === 'success') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The server refused every warm-up reply.');
}

/** Polls Postgres until every reply is `sent` (the worker's last write), or gives up after `timeoutMs`. */
async function allSent(sql: postgres.Sql, ids: string[], timeoutMs = 120_000) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const [{ n }] = (await sql`SELECT count(*)::int AS n FROM message WHERE id = ANY(${ids}) AND delivery = 'sent'`) as unknown as [{ n: number }];
    if (n === ids.length) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Floor: signed POSTs straight to the fake, 4 at a time (the queue's concurrency), no Parley in between. */
async function directFloor(fake: FakeApiPlatform, accountId: string, secret: string, count: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const target = new URL(`${fake.url}/inbox/${accountId}`);
  const samples: number[] = [];
  const one = (body: string, key: string) =>
    new Promise<void>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'x-parley-signature': sign(body, secret), 'idempotency-key': key };
      const req = request(target, { method: 'POST', agent, headers }, (res) => res.resume().on('end', () => resolve()));
      req.on('error', reject);
      req.end(body);
    });
  let n = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (n < count) {
        const key = `floor-${n++}`;
        const t0 = performance.now();
        await one(JSON.stringify({ type: 'message', id: key, text: 'floor' }), key);
        samples.push(performance.now() - t0);
      }
    }),
  );
  agent.destroy();
  return { ...summarize(samples), perSecond: count / ((performance.now() - started) / 1000) };
}

/**
 * Outbound: a reply mutation from a Node Zero client until the fake platform receives it,
 * one at a time (p50/p99); then bursts through the queue against a fake that answers at once,
 * and against one failing 30% of attempts with 503 (retried through the real queue): every
 * reply delivered, none posted twice (the fake keeps every post, it does not dedupe).
 */
export async function outbound(o: Opts) {
  const port = fakePlatformPort(o.url);
  const [{ callback_url: original }] = (await o.sql`SELECT callback_url FROM account_secret WHERE account_id = ${o.account.id}`) as unknown as [
    { callback_url: string | null },
  ];
  const z = connectZero(o.zeroUrl, o.session);
  let fake = await startFakeApiPlatform({ port, dedupe: false });
  try {
    fake.setSecret(o.account.id, o.account.secret);
    await o.sql`UPDATE account_secret SET callback_url = ${`${fake.url}/inbox/${o.account.id}`} WHERE account_id = ${o.account.id}`;
    const inbound = await postInbound(o.url, o.account.id, o.account.secret, inboundBody({ text: 'Outbound benchmark' }));
    const inboundId = inbound.json.id as string;
    const [{ customer_id: customerId }] = (await o.sql`SELECT customer_id FROM message WHERE id = ${inboundId}`) as unknown as [{ customer_id: string }];
    await waitForView(z.materialize(queries.customer.conversation({ customerId })), (c) => c?.messages.some((m) => m.id === inboundId) ?? false);

    const r = receipts(fake);
    // The client runs the mutator first: it must hold the actor's memberships, or it refuses locally.
    await waitForView(z.materialize(queries.me.current()), (u) => (u?.memberships.length ?? 0) > 0);
    await untilAccepted(z, inboundId);
    for (let i = 0; i < 5; i++) await r.accepted(reply(z, inboundId)); // warm-up
    const latencies: number[] = [];
    for (let i = 0; i < o.samples; i++) {
      const t0 = performance.now();
      latencies.push((await r.accepted(reply(z, inboundId))) - t0);
    }
    const s = summarize(latencies);
    console.log(`reply mutation -> fake platform's receipt    p50 ${ms(s.p50).padStart(10)}   p99 ${ms(s.p99).padStart(10)}   (${o.samples} one at a time)`);

    const quick = await burst(o, z, inboundId, fake, async (ids) => void (await Promise.all(ids.map(r.accepted))));
    console.log(`queue, fake answers at once               ${(o.burst / quick.seconds).toFixed(0).padStart(6)} sends/s   (${o.burst} replies at once, ${quick.seconds.toFixed(2)} s to the last receipt)`);
    await allSent(o.sql, quick.ids);
    const floor = await directFloor(fake, o.account.id, o.account.secret, 2_000);
    console.log(`floor: signed POST straight to the fake   ${floor.perSecond.toFixed(0).padStart(6)} /s        p50 ${ms(floor.p50)}   p99 ${ms(floor.p99)}   (4 at a time)`);

    await fake.close();
    fake = await startFakeApiPlatform({ port, dedupe: false });
    fake.setSecret(o.account.id, o.account.secret);
    queueFailures(fake, o.burst * 3, 0.3);
    const flaky = await burst(o, z, inboundId, fake, (ids) => allSent(o.sql, ids));
    const ours = fake.posts.filter((p) => flaky.ids.includes(p.idempotencyKey ?? ''));
    const distinct = new Set(ours.map((p) => p.idempotencyKey)).size;
    const [{ sent }] = (await o.sql`SELECT count(*)::int AS sent FROM message WHERE id = ANY(${flaky.ids}) AND delivery = 'sent'`) as unknown as [{ sent: number }];
    console.log(
      `queue, fake fails 30% (503)                ${(o.burst / flaky.seconds).toFixed(0).padStart(6)} sends/s   (${flaky.attempts} attempts, ${flaky.seconds.toFixed(2)} s until all sent; retries from ${BENCH_RETRY_BASE_MS} ms)`,
    );
    console.log(`  replies ${o.burst}, marked sent ${sent}, posted ${ours.length}, distinct Idempotency-Keys posted ${distinct}`);

  } finally {
    await o.sql`UPDATE account_secret SET callback_url = ${original} WHERE account_id = ${o.account.id}`;
    await z.close();
    await fake.close();
  }
}
