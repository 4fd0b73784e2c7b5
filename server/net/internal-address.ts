import { isIP } from 'node:net';

/**
 * Address ranges a server-side request must never reach on an admin's say-so: the machine
 * itself, the private network it sits in, and the cloud metadata service. Each entry names
 * the range in words, for the refusal a person reads.
 */
const ipv4Ranges: readonly [cidr: string, what: string][] = [
  ['0.0.0.0/8', 'an unspecified address'],
  ['127.0.0.0/8', 'a loopback address'],
  ['10.0.0.0/8', 'a private address'],
  ['172.16.0.0/12', 'a private address'],
  ['192.168.0.0/16', 'a private address'],
  ['100.64.0.0/10', 'a shared (CGNAT) address'],
  ['169.254.0.0/16', 'a link-local or metadata address'],
  ['192.0.0.0/24', 'a reserved address'],
  ['198.18.0.0/15', 'a benchmarking address'],
  ['224.0.0.0/4', 'a multicast address'],
  ['240.0.0.0/4', 'a reserved or broadcast address'],
];

const ipv6Ranges: readonly [cidr: string, what: string][] = [
  ['::/128', 'an unspecified address'],
  ['::1/128', 'a loopback address'],
  ['fe80::/10', 'a link-local address'],
  ['fc00::/7', 'a unique-local address'],
  ['ff00::/8', 'a multicast address'],
  ['64:ff9b::/96', 'a NAT64 address'],
  ['2001:db8::/32', 'a documentation address'],
];

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function inIpv4Range(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/') as [string, string];
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipv4ToInt(ip) / size) === Math.floor(ipv4ToInt(base) / size);
}

/** The eight 16-bit groups of an IPv6 address (any valid textual form, IPv4 tail included). */
function ipv6Groups(ip: string): number[] {
  let text = ip.toLowerCase().split('%')[0] ?? '';
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4) {
    const n = ipv4ToInt(v4);
    text = `${text.slice(0, -v4.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => Number.parseInt(g, 16));
}

function inIpv6Range(groups: number[], cidr: string): boolean {
  const [base, bits] = cidr.split('/') as [string, string];
  const baseGroups = ipv6Groups(base);
  let left = Number(bits);
  for (let i = 0; i < 8 && left > 0; i++, left -= 16) {
    const mask = left >= 16 ? 0xffff : (0xffff << (16 - left)) & 0xffff;
    if (((groups[i] ?? 0) & mask) !== ((baseGroups[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** The IPv4 address an IPv6 one carries (mapped ::ffff:a.b.c.d, or the deprecated compatible ::a.b.c.d). */
function embeddedIpv4(groups: number[]): string | undefined {
  const top = groups.slice(0, 5).every((g) => g === 0);
  if (!top || (groups[5] !== 0xffff && groups[5] !== 0)) return undefined;
  const hi = groups[6] ?? 0;
  const lo = groups[7] ?? 0;
  if (groups[5] === 0 && hi === 0) return undefined; // ::, ::1 are IPv6's own
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

/**
 * Why Parley refuses to call this IP address (e.g. "a loopback address"), or undefined when
 * it is a public one. Anything that is not an IP address at all is refused too.
 */
export function internalAddressReason(ip: string): string | undefined {
  const family = isIP(ip.split('%')[0] ?? '');
  if (family === 4) return ipv4Ranges.find(([cidr]) => inIpv4Range(ip, cidr))?.[1];
  if (family !== 6) return 'not an IP address';
  const groups = ipv6Groups(ip);
  const v4 = embeddedIpv4(groups);
  if (v4) return internalAddressReason(v4);
  if (inIpv6Range(groups, 'fd00:ec2::254/128')) return 'a metadata address';
  return ipv6Ranges.find(([cidr]) => inIpv6Range(groups, cidr))?.[1];
}
