import { describe, expect, it } from 'vitest';
import { changedFields } from './audit.ts';

describe('changedFields', () => {
  const account = { name: 'Help', handle: '@help', twoStep: false, deletedAt: null as number | null };

  it('keeps only the fields given and different, with their old and new values', () => {
    expect(changedFields(account, { name: 'Help desk', handle: '@help', twoStep: undefined })).toEqual({
      before: { name: 'Help' },
      after: { name: 'Help desk' },
    });
  });
  it('is undefined when nothing changes', () => {
    expect(changedFields(account, { name: 'Help', twoStep: false })).toBeUndefined();
    expect(changedFields(account, {})).toBeUndefined();
  });
  it('compares lists by value and records a missing old value as null', () => {
    const config = { allowedPlatforms: ['api', 'x'], note: undefined as string | undefined };
    expect(changedFields(config, { allowedPlatforms: ['api', 'x'] })).toBeUndefined();
    expect(changedFields(config, { allowedPlatforms: ['api'], note: 'n' })).toEqual({
      before: { allowedPlatforms: ['api', 'x'], note: null },
      after: { allowedPlatforms: ['api'], note: 'n' },
    });
  });
});
