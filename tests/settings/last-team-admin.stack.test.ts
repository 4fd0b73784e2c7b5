import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { createUser } from '../support/demo.ts';
import { quietExpectedRefusals } from '../support/quiet-refusals.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { addMembership, freshTeam, snapshot } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type ZeroClient } from '../support/zero-client.ts';

// ORG-7 (issue 6): a team admin may demote themself while another admin remains, but the
// team's last admin may not demote or remove themself: nobody could then manage the team.
// A superadmin may still do it for them.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
const clients: ZeroClient[] = [];
let restoreConsole: () => void;

async function adminOfFreshTeam() {
  const teamId = await freshTeam(sql);
  const user = await createUser(sql);
  const membershipId = await addMembership(sql, teamId, user.id, 'admin');
  const z = connectZero(stack.zeroUrl, await signIn(stack.url, user.email, user.password));
  clients.push(z);
  return { teamId, membershipId, z };
}

beforeAll(() => {
  restoreConsole = quietExpectedRefusals();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sql.end();
  restoreConsole?.();
});

describe('the last admin of a team', () => {
  it.each([
    ['demote', (id: string) => mutators.member.setRole({ id, role: 'agent' })],
    ['remove', (id: string) => mutators.member.remove({ id })],
  ] as const)('may not %s themself; they are told what to do instead, and nothing changes', async (_verb, request) => {
    const { membershipId, z } = await adminOfFreshTeam();
    const before = await snapshot(sql);
    const result = await serverVerdict(z, z.mutate(request(membershipId)), sql);
    expect(result.type).toBe('error');
    if (result.type === 'error') {
      expect(result.error.message).toMatch(/You are the last admin of this team.*Make another member admin first, or ask a superadmin/);
    }
    expect(await snapshot(sql)).toEqual(before);
  });

  it('may demote themself once another admin is there', async () => {
    const { teamId, membershipId, z } = await adminOfFreshTeam();
    await addMembership(sql, teamId, (await createUser(sql)).id, 'admin');
    expect((await serverVerdict(z, z.mutate(mutators.member.setRole({ id: membershipId, role: 'agent' })), sql)).type).toBe('success');
    const [row] = await sql`SELECT role FROM team_member WHERE id = ${membershipId}`;
    expect(row?.role).toBe('agent');
  });

  it('may be demoted by a superadmin', async () => {
    const { membershipId } = await adminOfFreshTeam();
    const boss = connectZero(stack.zeroUrl, await signIn(stack.url, 'super@parley.demo'));
    clients.push(boss);
    expect((await serverVerdict(boss, boss.mutate(mutators.member.setRole({ id: membershipId, role: 'supervisor' })), sql)).type).toBe('success');
    const removed = await serverVerdict(boss, boss.mutate(mutators.member.remove({ id: membershipId })), sql);
    expect(removed.type).toBe('success');
    expect(await sql`SELECT 1 FROM team_member WHERE id = ${membershipId}`).toHaveLength(0);
  });
});
