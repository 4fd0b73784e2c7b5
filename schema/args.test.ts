import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idArg, NUL_REFUSAL, noArgs, queryArgs, text } from './args.ts';

describe('text and idArg', () => {
  it('refuse U+0000 with words that say what to do', () => {
    const result = text().safeParse('a\u0000b');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(NUL_REFUSAL);
    expect(idArg.safeParse('\u0000').success).toBe(false);
    expect(idArg.parse('c0ffee')).toBe('c0ffee');
  });
});

describe('queryArgs', () => {
  const args = queryArgs(z.object({ customerId: idArg, limit: z.number().max(10).default(5) }));
  it('gives the parsed arguments, defaults included', () => {
    expect(args.parse({ customerId: 'c1' })).toEqual({ customerId: 'c1', limit: 5 });
  });
  it('turns anything invalid into null (the query then answers no rows) instead of throwing', () => {
    expect(args.parse({ customerId: 'c\u0000' })).toBeNull();
    expect(args.parse({ customerId: 'c1', limit: 11 })).toBeNull();
    expect(args.parse('garbage')).toBeNull();
    expect(noArgs.parse({ unexpected: true })).toBeNull();
    expect(noArgs.parse(undefined)).toBeUndefined();
  });
});
