import { once } from 'node:events';
import type postgres from 'postgres';
import WebSocket, { WebSocketServer } from 'ws';
import { summarize } from './stats.ts';

/**
 * Floor 1: one-row INSERT round trips (each its own committed, WAL-logged transaction, as
 * a webhook's is) into the same Postgres the stack uses.
 */
export async function insertFloor(sql: postgres.Sql, count = 1000) {
  const reserved = await sql.reserve();
  await reserved`CREATE TABLE bench_floor (id serial PRIMARY KEY, v text)`;
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await reserved`INSERT INTO bench_floor (v) VALUES (${'x'})`;
    samples.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  await reserved`DROP TABLE bench_floor`;
  reserved.release();
  return { ...summarize(samples), perSecond: count / seconds };
}

/** Floor 2: a WebSocket message echoed over loopback. */
export async function websocketEchoFloor(count = 2000) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(server, 'listening');
  server.on('connection', (s) => s.on('message', (m) => s.send(m)));
  const { port } = server.address() as { port: number };
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  await once(client, 'open');
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    client.send('ping');
    await once(client, 'message');
    samples.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  client.close();
  server.close();
  return { ...summarize(samples), perSecond: count / seconds };
}
