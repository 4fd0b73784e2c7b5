import { describe, expect, it } from 'vitest';
import { isSelfOrAncestor, subtreeDeepestFirst } from './category-tree.ts';

// Orders > Delivery > Late, Orders > Returns, Billing
const tree = [
  { id: 'orders', parentId: null },
  { id: 'delivery', parentId: 'orders' },
  { id: 'late', parentId: 'delivery' },
  { id: 'returns', parentId: 'orders' },
  { id: 'billing' },
];

describe('isSelfOrAncestor', () => {
  it('finds the category itself and every ancestor up to the root', () => {
    expect(isSelfOrAncestor(tree, 'late', 'late')).toBe(true);
    expect(isSelfOrAncestor(tree, 'delivery', 'late')).toBe(true);
    expect(isSelfOrAncestor(tree, 'orders', 'late')).toBe(true);
  });
  it('is false for siblings, descendants and other trees', () => {
    expect(isSelfOrAncestor(tree, 'returns', 'late')).toBe(false);
    expect(isSelfOrAncestor(tree, 'late', 'orders')).toBe(false);
    expect(isSelfOrAncestor(tree, 'billing', 'late')).toBe(false);
  });
  it('stops at a parent it does not know, and at a loop already in the data', () => {
    expect(isSelfOrAncestor([{ id: 'a', parentId: 'unknown' }], 'b', 'a')).toBe(false);
    const loop = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(isSelfOrAncestor(loop, 'c', 'a')).toBe(false);
  });
});

describe('subtreeDeepestFirst', () => {
  it('lists every descendant before its parent, the root last', () => {
    const order = subtreeDeepestFirst(tree, 'orders');
    expect(new Set(order)).toEqual(new Set(['orders', 'delivery', 'late', 'returns']));
    expect(order.at(-1)).toBe('orders');
    expect(order.indexOf('late')).toBeLessThan(order.indexOf('delivery'));
  });
  it('is just the category when it has no children', () => {
    expect(subtreeDeepestFirst(tree, 'billing')).toEqual(['billing']);
  });
});
