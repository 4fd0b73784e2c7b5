import { describe, expect, it } from 'vitest';
import { diffLines } from './diff-lines.ts';

describe('diffLines', () => {
  it('shows only what changed in an update, without ids and timestamps', () => {
    expect(diffLines({ id: 'a', name: 'Old', twoStep: false, updatedAt: 1 }, { id: 'a', name: 'New', twoStep: false, updatedAt: 2 })).toEqual([
      { field: 'name', before: 'Old', after: 'New' },
    ]);
  });
  it('shows every field of a created or deleted row', () => {
    expect(diffLines(null, { name: 'VIP', rank: 2 })).toEqual([
      { field: 'name', before: undefined, after: 'VIP' },
      { field: 'rank', before: undefined, after: '2' },
    ]);
    expect(diffLines({ name: 'Gone' }, undefined)).toEqual([{ field: 'name', before: 'Gone', after: undefined }]);
  });
  it('prints lists and empty strings so they can be read', () => {
    expect(diffLines({ allowedPlatforms: ['api'], handle: '' }, { allowedPlatforms: ['api', 'x'], handle: '@a' })).toEqual([
      { field: 'allowedPlatforms', before: '["api"]', after: '["api","x"]' },
      { field: 'handle', before: '(empty)', after: '@a' },
    ]);
  });
});
