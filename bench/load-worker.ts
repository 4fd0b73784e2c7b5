import { createHmac, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A load generator on its own thread, so the senders never share the server's event loop:
 * `concurrency` loops each POST one signed webhook after another until `seconds` have passed.
 * Posts to `url` (a Parley webhook, or the floor's bare HTTP server) and reports latencies.
 */
type Job = { url: string; secret: string; concurrency: number; seconds: number; customers: number; prefix: string };
const job = workerData as Job;
const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
const target = new URL(job.url);

function post(body: string, signature: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-parley-signature': signature },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latencies: number[] = [];
let failures = 0;
let lastId = '';
const deadline = performance.now() + job.seconds * 1000;
let n = 0;
async function sender() {
  while (performance.now() < deadline) {
    const i = n++;
    const id = `${job.prefix}-${i}`;
    const customer = `bench-${i % job.customers}`;
    const body = JSON.stringify({
      id,
      customer: { id: customer, name: `Bench ${customer}`, handle: `@${customer}` },
      text: `Benchmark message ${i} ${randomUUID().slice(0, 8)}`,
      kind: 'dm',
      sentAt: new Date().toISOString(),
    });
    const signature = `sha256=${createHmac('sha256', job.secret).update(body).digest('hex')}`;
    const t0 = performance.now();
    const status = await post(body, signature).catch(() => 0);
    latencies.push(performance.now() - t0);
    if (status !== 200) failures++;
    lastId = id;
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: job.concurrency }, sender));
parentPort?.postMessage({ latencies, failures, lastId, seconds: (performance.now() - started) / 1000 });
agent.destroy();
