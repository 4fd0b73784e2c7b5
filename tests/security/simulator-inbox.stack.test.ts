import { describe, expect, inject, it } from 'vitest';
import { signIn } from '../support/zero-client.ts';

// Issue 6, item 9: the demo simulator's inbox lists every team's replies.
const stack = inject('stack');
const inbox = (cookie?: string) => fetch(`${stack.url}/simulator/inbox`, { headers: cookie ? { cookie } : {} });

describe('GET /simulator/inbox', () => {
  it('is refused without a login (401) and to anyone but a superadmin (403)', async () => {
    const anonymous = await inbox();
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/Log in to Parley as a superadmin/);
    const agent = await inbox((await signIn(stack.url, 'agent.support@parley.demo')).cookie);
    expect(agent.status).toBe(403);
    expect(await agent.json()).not.toHaveProperty('received');
  });

  it('answers a logged-in superadmin', async () => {
    const res = await inbox((await signIn(stack.url, 'super@parley.demo')).cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveProperty('received');
  });
});
