/**
 * The explicit exceptions to the outbound address rules: URL prefixes (an origin, or an
 * origin and a path) that Parley may call although they resolve to an internal address.
 * The demo allows its own simulator; the tests allow their fake platforms; an operator may
 * allow a platform on the private network with PARLEY_OUTBOUND_ALLOW. There is no switch
 * that opens all of loopback.
 */
const allowed = new Map<string, number>();

/** Normalises an entry ("http://127.0.0.1:3000" or "http://127.0.0.1:3000/simulator/"); throws on anything else. */
export function parseAllowEntry(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry.trim());
  } catch {
    throw new Error(`"${entry}" is not a URL. List origins like http://10.0.0.5:8080, separated by commas.`);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new Error(`"${entry}" must be an http(s) origin, optionally with a path, and nothing else.`);
  }
  return `${url.origin}${url.pathname}`;
}

/** Adds entries for as long as the caller runs (a stack, a test); the returned function removes them. */
export function allowOutbound(entries: readonly string[]): () => void {
  const parsed = entries.map(parseAllowEntry);
  for (const e of parsed) allowed.set(e, (allowed.get(e) ?? 0) + 1);
  return () => {
    for (const e of parsed) {
      const n = (allowed.get(e) ?? 1) - 1;
      if (n <= 0) allowed.delete(e);
      else allowed.set(e, n);
    }
  };
}

/** Whether this (already parsed) URL lies under an allowed entry; compared after the URL parser normalised it. */
export function isOutboundAllowed(url: URL, extra: readonly string[] = []): boolean {
  const target = `${url.origin}${url.pathname}`;
  const entries = [...allowed.keys(), ...extra.map(parseAllowEntry)];
  return entries.some((e) => target === e || target.startsWith(e.endsWith('/') ? e : `${e}/`));
}
