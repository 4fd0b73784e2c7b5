import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustedProxies } from './client-address.ts';

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies('10.0.0.5, 192.168.0.0/16, fd00::/8');

  it('believes the socket alone when no proxy is configured, whatever the header says', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
  });

  it('takes the right-most untrusted hop behind a trusted proxy', () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4, 198.51.100.2', proxies)).toBe('198.51.100.2');
    expect(clientAddress('10.0.0.5', '198.51.100.2, 192.168.4.4', proxies)).toBe('198.51.100.2');
  });

  it('ignores the header from a peer that is not a proxy, and a garbled header', () => {
    expect(clientAddress('198.51.100.3', '1.2.3.4', proxies)).toBe('198.51.100.3');
    expect(clientAddress('10.0.0.5', 'not-an-ip', proxies)).toBe('10.0.0.5');
  });

  it('treats IPv4-mapped IPv6 as the same client', () => {
    expect(normalizeAddress('::ffff:10.0.0.5')).toBe('10.0.0.5');
    expect(clientAddress('::ffff:10.0.0.5', '198.51.100.2', proxies)).toBe('198.51.100.2');
    expect(proxies.has('fd12::1')).toBe(true);
  });

  it('says which entry of PARLEY_TRUSTED_PROXIES is wrong', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.local')).toThrow(/"proxy.local" is not an IP address/);
    expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/invalid prefix length/);
  });
});
