import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createUserBody } from '../../schema/mutators/settings-args.ts';
import { readBody } from './read-body.ts';

const app = new Hono().post('/users', async (c) => {
  const body = await readBody(c, createUserBody);
  return body instanceof Response ? body : c.json(body);
});
const post = (body: string) => app.request('/users', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });

describe('readBody', () => {
  it('passes the parsed body on (trimmed, email lower-cased)', async () => {
    const res = await post(JSON.stringify({ email: 'Ana@Example.com', name: ' Ana ', password: 'long-enough' }));
    expect(await res.json()).toEqual({ email: 'ana@example.com', name: 'Ana', password: 'long-enough' });
  });
  it('answers 400 with the words of the first problem and its field', async () => {
    const res = await post(JSON.stringify({ email: 'ana@example.com', name: 'Ana', password: 'short' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'A password needs at least 8 characters.', field: 'password' });
  });
  it('asks for a missing field by name, and for JSON when the body is not', async () => {
    expect(await (await post(JSON.stringify({ email: 'ana@example.com', password: 'long-enough' }))).json()).toEqual({
      error: 'Fill in name.',
      field: 'name',
    });
    expect(await (await post('{oops')).json()).toEqual({ error: 'Send the fields as a JSON object.' });
  });
  it('refuses U+0000 in any field with 400, naming the field', async () => {
    const res = await post(JSON.stringify({ email: 'ana@example.com', name: 'A\u0000na', password: 'long-enough' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'name contains a null character (U+0000); remove it.', field: 'name' });
  });
});
