import { describe, expect, it } from 'vitest';
import { inboundMessage } from '../connectors/api/wire.ts';
import { createInboundGenerator, teamKindOf } from './simulated-inbound.ts';

const account = { id: 'acc', name: 'Northwind Help', handle: '@northwind_help', teamKind: 'support' as const };
const known = [{ platformCustomerId: 'cust_known', handle: '@kate', name: 'Kate Morales' }];

describe('simulated inbound messages', () => {
  it('are valid webhook bodies, some from known customers and some from new ones', () => {
    const generator = createInboundGenerator(1);
    const results = Array.from({ length: 60 }, () => generator.next(account, known));
    for (const r of results) expect(inboundMessage.safeParse(r.body).success).toBe(true);
    const returning = results.filter((r) => r.returning);
    expect(returning.length).toBeGreaterThan(10);
    expect(returning.length).toBeLessThan(50);
    for (const r of returning) expect(r.body.customer).toEqual({ id: 'cust_known', name: 'Kate Morales', handle: '@kate' });
    expect(new Set(results.map((r) => r.body.id)).size).toBe(60);
  });

  it('only makes new customers when the account has none', () => {
    const generator = createInboundGenerator(2);
    expect(Array.from({ length: 10 }, () => generator.next(account, []).returning)).not.toContain(true);
  });

  it('asks sales questions of sales teams', () => {
    expect(teamKindOf('Sales')).toBe('sales');
    expect(teamKindOf('Support')).toBe('support');
  });
});
