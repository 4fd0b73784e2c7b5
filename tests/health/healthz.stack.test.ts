import { describe, expect, inject, it } from 'vitest';

const stack = inject('stack');

describe('GET /healthz on the running stack', () => {
  it('answers 200 with every part up', async () => {
    const res = await fetch(`${stack.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      down: [],
      parts: { server: { ok: true }, postgres: { ok: true }, zeroCache: { ok: true } },
    });
  });
});
