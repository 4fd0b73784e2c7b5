import { randomUUID } from 'node:crypto';
import type { MutateRequest } from '@rocicorp/zero';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { createUser, inboundBody, postInbound } from '../support/demo.ts';
import { quietExpectedRefusals } from '../support/quiet-refusals.ts';
import { type ServerOutcome, serverMutatorRunner } from '../support/server-mutate.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { addMembership, freshAccount, freshCategory, freshNamed, freshProfile, freshTeam } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type ZeroClient } from '../support/zero-client.ts';

// Issue 6, item 6: authority before existence. For every mutator that names a row by id, an
// admin of another team gets the same coded refusal for a row of a team they cannot see as
// for an id that exists nowhere, and Postgres (audit log included) stays as it was. A create
// with an id some row already has is refused in words instead of "succeeding" unwritten.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 4, onnotice: () => {} });
const runOnServer = serverMutatorRunner(sql);
let outsider: { id: string; teamId: string; client: ZeroClient };
let victim: { teamId: string; messageId: string; membershipId: string; accountId: string };
let restoreConsole: () => void;
let restoreBaseline: () => Promise<void>;

const TABLES = ['team', 'team_member', 'team_access', 'profile', 'account', 'account_secret', 'message', 'ticket', 'category', 'tag', 'customer_type', 'gender', 'app_config', 'audit_log'];
async function digest(): Promise<Record<string, string>> {
  const parts = TABLES.map((t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${t} x) AS ${t}`);
  const [row] = await sql.unsafe<Record<string, string>[]>(`SELECT ${parts.join(', ')}`);
  return row!;
}

beforeAll(async () => {
  restoreConsole = quietExpectedRefusals();
  restoreBaseline = await keepBaseline(sql);
  await sql`UPDATE app_config SET account_quota = 10000`;
  const ownTeam = await freshTeam(sql);
  const user = await createUser(sql, { teamId: ownTeam, role: 'admin' });
  outsider = { id: user.id, teamId: ownTeam, client: connectZero(stack.zeroUrl, await signIn(stack.url, user.email, user.password)) };
  const [message] = await sql<{ id: string; team_id: string }[]>`SELECT id, team_id FROM message WHERE direction = 'in' LIMIT 1`;
  const teamId = message!.team_id;
  victim = {
    teamId,
    messageId: message!.id,
    membershipId: await addMembership(sql, teamId, await freshProfile(sql), 'admin'),
    accountId: (await freshAccount(sql, teamId)).id,
  };
});
afterAll(async () => {
  await outsider?.client.close();
  await restoreBaseline?.();
  await sql.end();
  restoreConsole?.();
});

// biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry
type Case = [name: string, request: (id: string) => MutateRequest<any>, foreignId: () => Promise<string>];
const fresh = () => randomUUID();
const named = (table: 'tag' | 'customer_type' | 'gender') => () => freshNamed(sql, table);

const cases: Case[] = [
  ['message.reply', (id) => mutators.message.reply({ id: fresh(), inReplyToId: id, text: 'Hello', sentAt: Date.now() }), async () => victim.messageId],
  ['member.add (team id)', (id) => mutators.member.add({ id: fresh(), teamId: id, userId: outsider.id, role: 'agent' }), async () => victim.teamId],
  ['member.setRole', (id) => mutators.member.setRole({ id, role: 'agent' }), async () => victim.membershipId],
  ['member.remove', (id) => mutators.member.remove({ id }), async () => victim.membershipId],
  ['account.create (team id)', (id) => mutators.account.create({ id: fresh(), teamId: id, platform: 'api', name: `A ${fresh()}` }), async () => victim.teamId],
  ['account.update', (id) => mutators.account.update({ id, name: `Renamed ${fresh().slice(0, 8)}` }), async () => victim.accountId],
  ['account.connect', (id) => mutators.account.connect({ id }), async () => victim.accountId],
  ['account.delete', (id) => mutators.account.delete({ id }), async () => victim.accountId],
  ['user.disable', (id) => mutators.user.disable({ id }), () => freshProfile(sql)],
  ['user.enable', (id) => mutators.user.enable({ id }), () => freshProfile(sql, { disabled: true })],
  ['user.setSuperadmin', (id) => mutators.user.setSuperadmin({ id, isSuperadmin: true }), () => freshProfile(sql)],
  ['category.update', (id) => mutators.category.update({ id, name: `C ${fresh().slice(0, 8)}` }), () => freshCategory(sql)],
  ['category.delete', (id) => mutators.category.delete({ id, children: 'moveUp', reassignTo: null }), () => freshCategory(sql)],
  ['tag.update', (id) => mutators.tag.update({ id, name: `T ${fresh().slice(0, 8)}` }), named('tag')],
  ['tag.delete', (id) => mutators.tag.delete({ id }), named('tag')],
  ['customerType.update', (id) => mutators.customerType.update({ id, name: `K ${fresh().slice(0, 8)}` }), named('customer_type')],
  ['customerType.delete', (id) => mutators.customerType.delete({ id }), named('customer_type')],
  ['gender.update', (id) => mutators.gender.update({ id, name: `G ${fresh().slice(0, 8)}` }), named('gender')],
  ['gender.delete', (id) => mutators.gender.delete({ id }), named('gender')],
];

describe('an admin of another team, naming a row by id', () => {
  it.each(cases)('%s: a foreign id and a missing id get the same coded refusal; nothing changes', async (_name, request, foreignId) => {
    const foreign = request(await foreignId());
    const missing = request(`missing-${fresh()}`);
    const before = await digest();
    const ctx = { userID: outsider.id };
    const [onForeign, onMissing]: ServerOutcome[] = [await runOnServer(foreign, ctx), await runOnServer(missing, ctx)];
    expect(onForeign).toMatchObject({ ok: false, code: 'ACCESS_DENIED' });
    expect(onMissing).toEqual(onForeign);
    expect(await digest()).toEqual(before);
  });

  it('is refused over the sync connection too, with the code the app reads', async () => {
    const before = await digest();
    const result = await serverVerdict(outsider.client, outsider.client.mutate(mutators.message.reply({ id: fresh(), inReplyToId: victim.messageId, text: 'Hi', sentAt: Date.now() })), sql);
    expect(result.type).toBe('error');
    if (result.type === 'error') {
      expect(result.error.message).toMatch(/does not exist or is not in one of your teams/);
      expect((result.error as { details?: unknown }).details).toEqual({ code: 'ACCESS_DENIED' });
    }
    expect(await digest()).toEqual(before);
  });
});

describe('a create whose id another team’s row already has', () => {
  it.each([
    ['member.add', async () => mutators.member.add({ id: victim.membershipId, teamId: outsider.teamId, userId: await freshProfile(sql), role: 'agent' })],
    ['account.create', async () => mutators.account.create({ id: victim.accountId, teamId: outsider.teamId, platform: 'api', name: `A ${fresh()}` })],
    [
      'message.reply',
      async () => {
        const account = await freshAccount(sql, outsider.teamId);
        const posted = await postInbound(stack.url, account.id, account.secret, inboundBody());
        return mutators.message.reply({ id: victim.messageId, inReplyToId: posted.json.id as string, text: 'Hello', sentAt: Date.now() });
      },
    ],
  ] as const)('%s is refused in words, with nothing written and no audit row', async (_name, request) => {
    const req = await request();
    const before = await digest();
    const outcome = await runOnServer(req, { userID: outsider.id });
    expect(outcome).toMatchObject({ ok: false, code: 'ID_TAKEN', message: expect.stringMatching(/This id is already in use/) });
    expect(await digest()).toEqual(before);
  });
});
