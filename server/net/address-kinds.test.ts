import { describe, expect, it } from 'vitest';
import { addressKindOf } from '../../schema/reasons.ts';
import { internalAddressReason } from './internal-address.ts';

// The stored reason names an internal address by a key the browser words (schema/reasons.ts);
// every phrase internal-address.ts can give must have its key, or readers see "an internal address".
describe('internal address kinds', () => {
  it.each([
    '0.0.0.1', '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '169.254.169.254', '192.0.0.8', '198.18.0.1',
    '224.0.0.1', '250.0.0.1', '::', '::1', 'fe80::1', 'fc00::1', 'ff02::1', '64:ff9b::1', '2001:db8::1', 'fd00:ec2::254', 'nonsense',
  ])('%s has a worded kind', (ip) => {
    const phrase = internalAddressReason(ip);
    expect(phrase).toBeDefined();
    expect(addressKindOf(phrase!)).not.toBe('other');
  });
});
