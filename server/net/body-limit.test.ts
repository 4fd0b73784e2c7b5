import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitBody } from './body-limit.ts';

let bytesPulled = 0;
/** A body with no Content-Length that would go on for 100 MB if read to the end. */
function endlessBody(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024);
  return new ReadableStream({
    pull(controller) {
      bytesPulled += chunk.byteLength;
      if (bytesPulled > 100 * 1024 * 1024) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

describe('limitBody', () => {
  let handled = 0;
  const app = new Hono().post('/in', limitBody(1024), async (c) => {
    handled++;
    return c.text(String((await c.req.arrayBuffer()).byteLength));
  });

  it('lets a body within the limit through', async () => {
    expect(await (await app.request('/in', { method: 'POST', body: 'x'.repeat(1000) })).text()).toBe('1000');
  });

  it('refuses a declared Content-Length over the limit with 413 and words, without reading it', async () => {
    const res = await app.request('/in', { method: 'POST', body: 'x'.repeat(2000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'The request body is larger than 1 KB, the most this endpoint accepts. Send less.' });
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const before = handled;
    bytesPulled = 0;
    const res = await app.request('/in', { method: 'POST', body: endlessBody(), duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(handled).toBe(before);
    expect(bytesPulled).toBeLessThan(1024 * 1024);
  });
});
