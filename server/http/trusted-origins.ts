/**
 * The origins a browser may act from: the public URL's, plus the localhost and 127.0.0.1
 * spellings of the ports this stack serves, so a login works whichever one is typed.
 */
export function trustedOrigins(publicUrl: string, ports: number[]): string[] {
  const origin = new URL(publicUrl).origin;
  const local = [new URL(publicUrl).port ? Number(new URL(publicUrl).port) : undefined, ...ports]
    .filter((p): p is number => p !== undefined)
    .flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]);
  return [...new Set([origin, ...local])];
}

/** The WebSocket spelling of an http(s) origin (for CSP connect-src). */
export function webSocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}
