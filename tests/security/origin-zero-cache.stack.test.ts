import { describe, expect, inject, it } from 'vitest';
import { queries } from '../../schema/queries/index.ts';
import { waitForConnectionState } from '../support/connection-state.ts';
import { environOf, zeroCacheProcess } from '../support/stack-processes.ts';
import { connectZero, signIn, waitForView } from '../support/zero-client.ts';

// Issue 6, item 3: zero-cache accepts any Origin, and loopback binding does not stop a page
// on another port of the same machine (the browser sends the cookie: same site) from opening
// zero-cache's own port. zero-cache passes the page's Origin on to /api/zero/query and
// /api/zero/mutate, which refuse a foreign one: such a page gets no rows.
const stack = inject('stack');
const appPort = Number(new URL(stack.url).port);

describe('a page that opens zero-cache’s own port directly', () => {
  it('gets no rows when it is on another origin, while Parley’s origin gets them', async () => {
    const zeroPort = environOf(zeroCacheProcess(appPort).pid, 'ZERO_PORT');
    const direct = `http://127.0.0.1:${zeroPort}`;
    const session = await signIn(stack.url, 'agent.support@parley.demo');

    const own = connectZero(direct, session, { origin: new URL(stack.url).origin });
    try {
      await waitForView(own.materialize(queries.player.normal({ limit: 5 })), (d) => d.length > 0);
    } finally {
      await own.close();
    }

    const foreign = connectZero(direct, session, { origin: `http://localhost:${appPort + 7}` });
    // The client logs the refusal it is expected to get; keep the test output for real failures.
    const original = console.error;
    console.error = (...args: unknown[]) => {
      if (!args.some((a) => String(a).includes('non-OK status 403'))) original(...args);
    };
    try {
      const view = foreign.materialize(queries.player.normal({ limit: 5 }));
      expect(await waitForConnectionState(foreign, ['needs-auth', 'error'])).toMatch(/needs-auth|error/);
      expect(view.data).toEqual([]);
    } finally {
      console.error = original;
      await foreign.close();
    }
  });
});
