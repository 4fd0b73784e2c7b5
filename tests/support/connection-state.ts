import type { ZeroClient } from './zero-client.ts';

/** Resolves with the client's connection state once it is one of `names`; rejects after `timeoutMs`. */
export function waitForConnectionState(z: ZeroClient, names: string[], timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let last: string = z.connection.state.current.name;
    if (names.includes(last)) return resolve(last);
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`connection stayed out of ${names.join('/')} for ${timeoutMs} ms; last state: ${last}`));
    }, timeoutMs);
    const unsubscribe = z.connection.state.subscribe((state: { name: string }) => {
      last = state.name;
      if (!names.includes(last)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(last);
    });
  });
}
