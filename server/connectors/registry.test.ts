import { describe, expect, it } from 'vitest';
import { platformDescriptors } from '../../schema/platforms/index.ts';
import { platforms } from '../../schema/tables/enums.ts';
import { allConnectors, connectorFor } from './registry.ts';

describe('connector registry', () => {
  it.each(platforms)('%s either has an adapter or its descriptor says it cannot reply or connect', (platform) => {
    const descriptor = platformDescriptors[platform];
    const connector = connectorFor(platform);
    if (connector) expect(connector.platform).toBe(platform);
    else expect({ canReply: descriptor.canReply, canConnect: descriptor.canConnect }).toEqual({ canReply: false, canConnect: false });
  });

  it('has webhooks for every platform whose descriptor shows webhook details', () => {
    for (const platform of platforms) {
      if (platformDescriptors[platform].webhook !== 'none') expect(connectorFor(platform)?.webhooks).toBeTypeOf('function');
    }
  });

  it('lists each adapter once', () => {
    const listed = allConnectors().map((c) => c.platform);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
