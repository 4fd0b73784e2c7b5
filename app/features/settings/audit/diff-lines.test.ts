import { describe, expect, it } from 'vitest';
import { diffLines, subjectName } from './diff-lines.ts';

describe('diffLines', () => {
  it('shows only what changed in an update, without ids, timestamps and the team', () => {
    expect(
      diffLines({ id: 'a', teamId: 't', name: 'Old', twoStep: false, updatedAt: 1 }, { id: 'a', teamId: 't', name: 'New', twoStep: false, updatedAt: 2 }),
    ).toEqual([{ field: 'name', label: 'Name', before: 'Old', after: 'New' }]);
  });

  it('shows every field of a created or deleted row', () => {
    expect(diffLines(null, { name: 'VIP', rank: 2 })).toEqual([
      { field: 'name', label: 'Name', before: undefined, after: 'VIP' },
      { field: 'rank', label: 'Rank', before: undefined, after: '2' },
    ]);
    expect(diffLines({ name: 'Gone' }, undefined)).toEqual([{ field: 'name', label: 'Name', before: 'Gone', after: undefined }]);
  });

  it('reads fields and values as words: modes, roles, platforms, yes/no, ids as names, times', () => {
    const names = new Map([['u1', 'Jenna Kowalski']]);
    expect(
      diffLines(
        { playerMode: 'normal', allowedPlatforms: ['api'], handle: '', userId: null, role: 'admin', isSuperadmin: false },
        { playerMode: 'inbox_zero', allowedPlatforms: ['api', 'x'], handle: '@a', userId: 'u1', role: 'agent', isSuperadmin: true },
        names,
      ),
    ).toEqual([
      { field: 'playerMode', label: 'Player mode', before: 'Normal', after: 'Inbox Zero' },
      { field: 'allowedPlatforms', label: 'Allowed platforms', before: 'API', after: 'API, X' },
      { field: 'handle', label: 'Handle', before: '(empty)', after: '@a' },
      { field: 'userId', label: 'User', before: '—', after: 'Jenna Kowalski' },
      { field: 'role', label: 'Role', before: 'Admin', after: 'Agent' },
      { field: 'isSuperadmin', label: 'Superadmin', before: 'No', after: 'Yes' },
    ]);
    const [line] = diffLines({ disabledAt: null }, { disabledAt: 0 });
    expect(line?.after).toBe(new Date(0).toLocaleString());
  });

  it('counts deleted categories and never shows an id it cannot name', () => {
    expect(diffLines(null, { children: 'moveUp', deletedIds: ['0f8e4c1e-4b1a-4c55-9b0e-2d1c3b4a5f60'], reassignTo: '6a1f0e2d-8c3b-4a59-9e7d-1b2c3d4e5f60' })).toEqual([
      { field: 'children', label: 'Subcategories', before: undefined, after: 'Moved up one level' },
      { field: 'deletedIds', label: 'Categories deleted', before: undefined, after: '1 category' },
      { field: 'reassignTo', label: 'Tickets moved to', before: undefined, after: '(no longer exists)' },
    ]);
  });

  it('words a field it does not know from its name, never shows it raw', () => {
    expect(diffLines(null, { sessionsRevokedCount: 3 })).toEqual([
      { field: 'sessionsRevokedCount', label: 'Sessions revoked count', before: undefined, after: '3' },
    ]);
  });
});

describe('subjectName', () => {
  it('takes the name after the change, else before it', () => {
    expect(subjectName({ name: 'Old' }, { name: 'New' })).toBe('New');
    expect(subjectName({ name: 'Gone' }, null)).toBe('Gone');
    expect(subjectName({ disabledAt: null }, { disabledAt: 1 })).toBeUndefined();
  });
});
