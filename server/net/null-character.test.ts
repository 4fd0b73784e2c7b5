import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { findNullCharacter, refuseNullInPath, textWithoutNull } from './null-character.ts';

describe('findNullCharacter', () => {
  it('names the first string or key that carries U+0000', () => {
    expect(findNullCharacter({ id: 'a', customer: { name: 'Ana\u0000' } })).toBe('customer.name');
    expect(findNullCharacter({ list: ['ok', 'b\u0000d'] })).toBe('list.1');
    expect(findNullCharacter({ 'ke\u0000y': 1 })).toBe('ke\\0y');
    expect(findNullCharacter('\u0000')).toBe('body');
    expect(findNullCharacter({ id: 'clean', n: 1, nested: [{ ok: true }] })).toBeUndefined();
  });

  it('has a zod form for schemas', () => {
    const result = textWithoutNull().safeParse('a\u0000b');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/contains a null character \(U\+0000\); remove it/);
  });
});

describe('refuseNullInPath', () => {
  const app = new Hono().use('*', refuseNullInPath).get('/items/:id', (c) => c.text(c.req.param('id')));
  it('answers 400 with the reason for %00 in the path, and lets other paths through', async () => {
    const res = await app.request('/items/%00');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'The path contains a null character (U+0000); remove it.' });
    expect(await (await app.request('/items/ab%2500')).text()).toBe('ab%00');
  });
});
