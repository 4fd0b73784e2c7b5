import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { queries } from '../../schema/queries/index.ts';
import { waitForConnectionState } from '../support/connection-state.ts';
import { apiAccountOf, inboundBody, postInbound } from '../support/demo.ts';
import { serverMutatorRunner } from '../support/server-mutate.ts';
import { snapshot } from '../support/settings-fixtures.ts';
import { connectZero, signIn, waitForView, type ZeroClient } from '../support/zero-client.ts';

// Issue 6, item 8: a U+0000 in a synced query's argument (a link to /conversations/%00) once
// broke the requester's whole sync connection. The argument now gives no rows, and the
// connection keeps delivering every other query's live rows.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
let z: ZeroClient;

beforeAll(async () => {
  z = connectZero(stack.zeroUrl, await signIn(stack.url, 'agent.support@parley.demo'));
});
afterAll(async () => {
  await z?.close();
  await sql.end();
});

describe('a query argument with U+0000', () => {
  it('gives no rows, and the same connection keeps receiving new rows of other queries', async () => {
    const player = z.materialize(queries.player.normal({ limit: 50 }));
    await waitForView(player, (d) => d.length > 0);

    const bad = z.materialize(queries.customer.conversation({ customerId: 'cust\u0000' }));
    const badPlayer = z.materialize(queries.player.normal({ limit: 5, accountId: '\u0000' }));
    expect(await z.run(queries.customer.conversation({ customerId: '\u0000' }), { type: 'complete' })).toBeUndefined();
    expect(bad.data).toBeUndefined();
    expect(badPlayer.data).toEqual([]);

    const support = await apiAccountOf(sql, 'Support');
    const posted = await postInbound(stack.url, support.id, support.secret, inboundBody({ text: 'After a NUL argument' }));
    expect(posted.status).toBe(200);
    await waitForView(player, (d) => d.some((m) => m.id === posted.json.id));
    expect(z.connection.state.current.name).toBe('connected');
    expect(await waitForConnectionState(z, ['connected'], 1_000)).toBe('connected');
    bad.destroy();
    badPlayer.destroy();
  });
});

describe('a mutator argument with U+0000', () => {
  it('is refused with the coded INVALID refusal in words, and nothing changes', async () => {
    const [boss] = await sql<{ id: string }[]>`SELECT id FROM profile WHERE is_superadmin AND disabled_at IS NULL LIMIT 1`;
    const before = await snapshot(sql);
    const outcome = await serverMutatorRunner(sql)(mutators.tag.create({ id: 'tag\u0000x', name: 'Nul' }), { userID: boss!.id });
    expect(outcome).toEqual({ ok: false, code: 'INVALID', message: expect.stringMatching(/Remove the null character \(U\+0000\)/) });
    expect(await snapshot(sql)).toEqual(before);
  });
});
