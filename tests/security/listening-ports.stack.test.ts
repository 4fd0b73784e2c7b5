import net from 'node:net';
import os from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { environOf, isLoopback, stackProcesses, zeroCacheProcess } from '../support/stack-processes.ts';

// Issue 6, item 1: zero-cache's change streamer (ZERO_PORT+1) answered anyone on the network
// with every team's rows. Only the app's port may be reachable from other machines.
const stack = inject('stack');
const appPort = Number(new URL(stack.url).port);

/** The outcome of a TCP connect: 'open', or the error code (ECONNREFUSED, …). */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('open');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

describe('ports Parley opens', () => {
  it('listen on loopback only, except the app’s own HTTP port', () => {
    const procs = stackProcesses(appPort);
    const listeners = procs.flatMap((p) => p.listeners.map((l) => ({ ...l, process: p.cmdline.slice(0, 80) })));
    // What is checked includes zero-cache (sync port and change streamer) and the embedded Postgres.
    const zeroPort = Number(environOf(zeroCacheProcess(appPort).pid, 'ZERO_PORT'));
    const ports = listeners.map((l) => l.port);
    expect(ports).toEqual(expect.arrayContaining([appPort, zeroPort, zeroPort + 1, Number(new URL(stack.databaseUrl).port)]));
    const exposed = listeners.filter((l) => l.port !== appPort && !isLoopback(l.address));
    expect(exposed, `reachable from other machines: ${JSON.stringify(exposed)}`).toEqual([]);
  });

  it('refuse a connection to zero-cache’s change streamer from this machine’s network address', async () => {
    const zero = zeroCacheProcess(appPort);
    const zeroPort = Number(environOf(zero.pid, 'ZERO_PORT'));
    const changeStreamer = zeroPort + 1;
    // The change streamer is really there, on loopback...
    expect(await tryConnect('127.0.0.1', changeStreamer)).toBe('open');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && !a.address.startsWith('fe80'))
      .map((a) => a!.address);
    const bound = stackProcesses(appPort).flatMap((p) => p.listeners).filter((l) => l.port === changeStreamer);
    expect(bound.map((l) => l.address)).toEqual(['127.0.0.1']);
    // ...and not behind any address another machine could use.
    for (const address of external) {
      expect(await tryConnect(address, changeStreamer), `change streamer via ${address}`).toBe('ECONNREFUSED');
    }
  });
});
