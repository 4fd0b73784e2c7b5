import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  it('uses the singular for exactly one, the plural otherwise', () => {
    expect(formatCount(1, 'category', 'categories')).toBe('1 category');
    expect(formatCount(0, 'category', 'categories')).toBe('0 categories');
    expect(formatCount(2, 'team', 'teams')).toBe('2 teams');
  });
});
