import { describe, expect, it } from 'vitest';
import { allowOutbound, isOutboundAllowed, parseAllowEntry } from './outbound-allow.ts';

describe('the outbound allow-list', () => {
  it('takes origins or origin + path prefixes, and nothing vaguer', () => {
    expect(parseAllowEntry(' http://10.0.0.5:8080 ')).toBe('http://10.0.0.5:8080/');
    expect(parseAllowEntry('http://127.0.0.1:3000/simulator/inbox/')).toBe('http://127.0.0.1:3000/simulator/inbox/');
    expect(() => parseAllowEntry('127.0.0.1')).toThrow(/is not a URL/);
    expect(() => parseAllowEntry('ftp://10.0.0.5')).toThrow(/http\(s\) origin/);
    expect(() => parseAllowEntry('http://10.0.0.5/?all=1')).toThrow(/nothing else/);
  });

  it('allows exactly what a running stack added, until it stops', () => {
    const target = new URL('http://127.0.0.1:4100/simulator/inbox/a-1');
    expect(isOutboundAllowed(target)).toBe(false);
    const stop = allowOutbound(['http://127.0.0.1:4100/simulator/inbox/']);
    expect(isOutboundAllowed(target)).toBe(true);
    expect(isOutboundAllowed(new URL('http://127.0.0.1:4100/api/admin/users'))).toBe(false);
    expect(isOutboundAllowed(new URL('http://127.0.0.1:4101/simulator/inbox/a-1'))).toBe(false);
    stop();
    expect(isOutboundAllowed(target)).toBe(false);
  });
});
