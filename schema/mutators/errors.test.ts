import { describe, expect, it } from 'vitest';
import { isUniqueViolation, MutationError, writeUnique } from './errors.ts';

const violation = (constraint_name: string) => Object.assign(new Error('duplicate key value'), { code: '23505', constraint_name });
const duplicate = () => new MutationError('DUPLICATE', 'A tag named “x” already exists.', 'name');

describe('writeUnique', () => {
  it('turns a unique violation of the named index into the same words as the check', async () => {
    const error = await writeUnique(() => Promise.reject(violation('tag_name_uq')), 'tag_name_uq', duplicate).catch((e) => e);
    expect(error).toBeInstanceOf(MutationError);
    expect(error).toMatchObject({ code: 'DUPLICATE', message: 'A tag named “x” already exists.', details: { code: 'DUPLICATE', field: 'name' } });
  });
  it('lets any other failure through unchanged', async () => {
    const other = violation('tag_pkey');
    await expect(writeUnique(() => Promise.reject(other), 'tag_name_uq', duplicate)).rejects.toBe(other);
    expect(isUniqueViolation(new Error('boom'))).toBe(false);
    expect(isUniqueViolation(other)).toBe(true);
  });
});
