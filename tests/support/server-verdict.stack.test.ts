import type { MutatorResultDetails } from '@rocicorp/zero';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { settle } from '../../app/features/mutations/settle.ts';
import { mutators } from '../../schema/mutators/index.ts';
import { createUser } from './demo.ts';
import { processedInPostgres, serverVerdict } from './server-verdict.ts';
import { addMembership, freshTeam } from './settings-fixtures.ts';
import { connectZero, signIn, type ZeroClient } from './zero-client.ts';

// The Postgres side of the bounded confirmation: when Zero's `.server` answer is lost, what
// Zero's server recorded (parley_0.clients / parley_0.mutations) must give the verdict.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 2, onnotice: () => {} });
const clients: ZeroClient[] = [];
const lost = () => new Promise<MutatorResultDetails>(() => {});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sql.end();
});

async function adminOfTeamWithTwoAdmins() {
  const teamId = await freshTeam(sql);
  const user = await createUser(sql);
  const membershipId = await addMembership(sql, teamId, user.id, 'admin');
  const otherId = await addMembership(sql, teamId, (await createUser(sql)).id, 'admin');
  const z = connectZero(stack.zeroUrl, await signIn(stack.url, user.email, user.password));
  clients.push(z);
  return { membershipId, otherId, z };
}

describe('serverVerdict and the Postgres check', () => {
  it('counts mutation ids as Zero does: a processed mutation is found, the next one is not', async () => {
    const { otherId, z } = await adminOfTeamWithTwoAdmins();
    const first = z.mutate(mutators.member.setRole({ id: otherId, role: 'supervisor' }));
    const second = z.mutate(mutators.member.setRole({ id: otherId, role: 'admin' }));
    expect(await serverVerdict(z, first, sql)).toEqual({ type: 'success' });
    expect(await serverVerdict(z, second, sql)).toEqual({ type: 'success' });

    const group = await z.clientGroupID;
    expect(await processedInPostgres(sql, group, z.clientID, 2)).toBe(true);
    expect(await processedInPostgres(sql, group, z.clientID, 3)).toBe(false);
    // As if Zero's confirmation of mutation 2 had been lost: the bound passes, Postgres answers.
    expect(await settle(lost(), { boundMs: 1, check: () => processedInPostgres(sql, group, z.clientID, 2) })).toEqual({ type: 'success' });
    expect(await settle(lost(), { boundMs: 1, check: () => processedInPostgres(sql, group, z.clientID, 3) })).toEqual({ type: 'unconfirmed' });
  });

  it('a refusal does not shift the count: the mutation after it is still found', async () => {
    const { membershipId, z } = await adminOfTeamWithTwoAdmins();
    const refused = await serverVerdict(z, z.mutate(mutators.member.setRole({ id: membershipId, role: 'admin' })), sql);
    expect(refused.type).toBe('error');
    const next = z.mutate(mutators.member.setRole({ id: membershipId, role: 'agent' }));
    expect(await serverVerdict(z, next, sql)).toEqual({ type: 'success' });
    const [client] = await sql`SELECT "lastMutationID" FROM parley_0.clients WHERE "clientID" = ${z.clientID}`;
    expect(Number(client?.lastMutationID)).toBe(2);
  });
});
