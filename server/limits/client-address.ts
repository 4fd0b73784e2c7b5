import { BlockList, isIP } from 'node:net';

/**
 * Which peers may speak for the client in `X-Forwarded-For`: the proxies an operator lists
 * in PARLEY_TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated). Nobody else: a
 * client that sends its own header must not choose the address it is limited by.
 */
export type TrustedProxies = { has: (address: string) => boolean; size: number };

/** Strips the IPv4-mapped IPv6 prefix so `::ffff:10.0.0.1` and `10.0.0.1` are one client. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed.toLowerCase();
}

/** Parses PARLEY_TRUSTED_PROXIES; throws with the offending entry so start-up says what to fix. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  let size = 0;
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (!family) throw new Error(`PARLEY_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
        throw new Error(`PARLEY_TRUSTED_PROXIES: "${entry}" has an invalid prefix length.`);
      }
      list.addSubnet(address, prefix, type);
    }
    size++;
  }
  return {
    size,
    has: (address) => {
      const a = normalizeAddress(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy; then the
 * right-most `X-Forwarded-For` entry that is not itself a trusted proxy (entries further
 * left were written by the client and prove nothing).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  const socket = normalizeAddress(peer ?? 'unknown');
  if (!trusted.has(socket) || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').map(normalizeAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!isIP(hop)) return socket; // a garbled header: fall back to what we can see
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? socket;
}
