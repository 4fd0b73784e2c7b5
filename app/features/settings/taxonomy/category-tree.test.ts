import { describe, expect, it } from 'vitest';
import { flattenTree, parentOptions, subtreeIds } from './category-tree.ts';

const categories = [
  { id: 'b', name: 'Billing', parentId: null },
  { id: 'r', name: 'Refunds', parentId: 'b' },
  { id: 'p', name: 'Partial', parentId: 'r' },
  { id: 'a', name: 'Account', parentId: null },
  { id: 'o', name: 'Orphan', parentId: 'gone' },
];

describe('flattenTree', () => {
  it('puts parents before children, siblings by name, with depth and child counts', () => {
    expect(flattenTree(categories).map((e) => [e.category.id, e.depth, e.childCount])).toEqual([
      ['a', 0, 0],
      ['b', 0, 1],
      ['r', 1, 1],
      ['p', 2, 0],
      ['o', 0, 0],
    ]);
  });
  it('survives a cycle in bad data', () => {
    const cyclic = [
      { id: 'x', name: 'X', parentId: 'y' },
      { id: 'y', name: 'Y', parentId: 'x' },
    ];
    expect(flattenTree(cyclic)).toEqual([]);
  });
});

describe('subtreeIds and parentOptions', () => {
  it('excludes a category and its descendants from its own parent picker', () => {
    expect([...subtreeIds(categories, 'b')].sort()).toEqual(['b', 'p', 'r']);
    expect(parentOptions(categories, subtreeIds(categories, 'b')).map((o) => o.value)).toEqual(['a', 'o']);
  });
});
