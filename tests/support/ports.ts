import net from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '0.0.0.0', () => srv.close(() => resolve(true)));
  });
}

/** A base port whose next `span - 1` ports are free too (zero-cache takes port+1 and port+2). */
export async function freePortRange(span: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    // Below Linux's ephemeral range (32768+): an outgoing connection can never take these
    // ports between this check and the servers binding them.
    const base = 20_000 + Math.floor(Math.random() * 12_000);
    const checks = await Promise.all(Array.from({ length: span }, (_, i) => isFree(base + i)));
    if (checks.every(Boolean)) return base;
  }
  throw new Error('No free port range found');
}
