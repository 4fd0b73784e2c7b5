import { describe, expect, it } from 'vitest';
import { diffLines, subjectName } from './diff-lines.ts';

describe('diffLines', () => {
  it('shows only what changed in an update, without ids, timestamps and the team', () => {
    expect(
      diffLines({ id: 'a', teamId: 't', name: 'Old', twoStep: false, updatedAt: 1 }, { id: 'a', teamId: 't', name: 'New', twoStep: false, updatedAt: 2 }),
    ).toEqual([{ field: 'name', before: 'Old', after: 'New' }]);
  });
  it('shows every field of a created or deleted row', () => {
    expect(diffLines(null, { name: 'VIP', rank: 2 })).toEqual([
      { field: 'name', before: undefined, after: 'VIP' },
      { field: 'rank', before: undefined, after: '2' },
    ]);
    expect(diffLines({ name: 'Gone' }, undefined)).toEqual([{ field: 'name', before: 'Gone', after: undefined }]);
  });
  it('prints lists, empty strings, known ids and times so they can be read', () => {
    const names = new Map([['u1', 'Jenna Kowalski']]);
    expect(diffLines({ allowedPlatforms: ['api'], handle: '', userId: null }, { allowedPlatforms: ['api', 'x'], handle: '@a', userId: 'u1' }, names)).toEqual([
      { field: 'allowedPlatforms', before: 'api', after: 'api, x' },
      { field: 'handle', before: '(empty)', after: '@a' },
      { field: 'userId', before: '—', after: 'Jenna Kowalski' },
    ]);
    const [line] = diffLines({ disabledAt: null }, { disabledAt: 0 });
    expect(line?.after).toBe(new Date(0).toLocaleString());
  });
});

describe('subjectName', () => {
  it('takes the name after the change, else before it', () => {
    expect(subjectName({ name: 'Old' }, { name: 'New' })).toBe('New');
    expect(subjectName({ name: 'Gone' }, null)).toBe('Gone');
    expect(subjectName({ disabledAt: null }, { disabledAt: 1 })).toBeUndefined();
  });
});
