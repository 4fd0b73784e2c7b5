import { randomUUID } from 'node:crypto';
import type { MutateRequest } from '@rocicorp/zero';
import type postgres from 'postgres';
import { mutators } from '../../schema/mutators/index.ts';
import { addMembership, freshAccount, freshCategory, freshNamed, freshProfile, uniqueName } from '../support/settings-fixtures.ts';

/** Who may run a mutator: the superadmin alone, or also the admins of the team it touches. */
export type Scope = 'global' | 'team';
export type CaseSetup = { sql: postgres.Sql; teamId: string };
export type MatrixCase = {
  name: string;
  scope: Scope;
  /** Creates the fresh rows the case acts on and returns the mutation. */
  // biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry
  prepare: (s: CaseSetup) => Promise<MutateRequest<any>>;
  /** Waits for work the server does after commit, so the next case starts from quiet data. */
  settle?: (s: CaseSetup, request: { args: unknown }) => Promise<void>;
};

const id = () => randomUUID();
const member = async (s: CaseSetup) => addMembership(s.sql, s.teamId, await freshProfile(s.sql), 'agent');

async function accountSettled(sql: postgres.Sql, accountId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [row] = await sql`SELECT connection_state FROM account WHERE id = ${accountId}`;
    if (row?.connection_state !== 'pending') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`account ${accountId} stayed pending`);
}

/** Every settings mutator, each acting on rows of its own. */
export const matrixCases: MatrixCase[] = [
  { name: 'team.create', scope: 'global', prepare: async () => mutators.team.create({ id: id(), name: uniqueName('Team'), displayName: 'New team', description: '' }) },
  { name: 'user.disable', scope: 'global', prepare: async (s) => mutators.user.disable({ id: await freshProfile(s.sql) }) },
  { name: 'user.enable', scope: 'global', prepare: async (s) => mutators.user.enable({ id: await freshProfile(s.sql, { disabled: true }) }) },
  { name: 'user.setSuperadmin', scope: 'global', prepare: async (s) => mutators.user.setSuperadmin({ id: await freshProfile(s.sql), isSuperadmin: true }) },
  { name: 'member.add', scope: 'team', prepare: async (s) => mutators.member.add({ id: id(), teamId: s.teamId, userId: await freshProfile(s.sql), role: 'agent' }) },
  { name: 'member.setRole', scope: 'team', prepare: async (s) => mutators.member.setRole({ id: await member(s), role: 'supervisor' }) },
  { name: 'member.remove', scope: 'team', prepare: async (s) => mutators.member.remove({ id: await member(s) }) },
  {
    name: 'account.create',
    scope: 'team',
    prepare: async (s) => mutators.account.create({ id: id(), teamId: s.teamId, platform: 'api', name: uniqueName('Account'), handle: '@new', twoStep: false }),
  },
  { name: 'account.update', scope: 'team', prepare: async (s) => mutators.account.update({ id: (await freshAccount(s.sql, s.teamId)).id, twoStep: true }) },
  {
    name: 'account.connect',
    scope: 'team',
    prepare: async (s) => mutators.account.connect({ id: (await freshAccount(s.sql, s.teamId, { state: 'failed' })).id }),
    settle: (s, r) => accountSettled(s.sql, (r.args as { id: string }).id),
  },
  { name: 'account.delete', scope: 'team', prepare: async (s) => mutators.account.delete({ id: (await freshAccount(s.sql, s.teamId)).id }) },
  { name: 'category.create', scope: 'global', prepare: async () => mutators.category.create({ id: id(), name: uniqueName('Category'), parentId: null }) },
  { name: 'category.update', scope: 'global', prepare: async (s) => mutators.category.update({ id: await freshCategory(s.sql), name: uniqueName('Renamed') }) },
  {
    name: 'category.delete',
    scope: 'global',
    prepare: async (s) => mutators.category.delete({ id: await freshCategory(s.sql), children: 'moveUp', reassignTo: null }),
  },
  { name: 'tag.create', scope: 'global', prepare: async () => mutators.tag.create({ id: id(), name: uniqueName('Tag') }) },
  { name: 'tag.update', scope: 'global', prepare: async (s) => mutators.tag.update({ id: await freshNamed(s.sql, 'tag'), name: uniqueName('Tag') }) },
  { name: 'tag.delete', scope: 'global', prepare: async (s) => mutators.tag.delete({ id: await freshNamed(s.sql, 'tag') }) },
  { name: 'customerType.create', scope: 'global', prepare: async () => mutators.customerType.create({ id: id(), name: uniqueName('Type') }) },
  {
    name: 'customerType.update',
    scope: 'global',
    prepare: async (s) => mutators.customerType.update({ id: await freshNamed(s.sql, 'customer_type'), name: uniqueName('Type') }),
  },
  { name: 'customerType.delete', scope: 'global', prepare: async (s) => mutators.customerType.delete({ id: await freshNamed(s.sql, 'customer_type') }) },
  { name: 'gender.create', scope: 'global', prepare: async () => mutators.gender.create({ id: id(), name: uniqueName('Gender') }) },
  { name: 'gender.update', scope: 'global', prepare: async (s) => mutators.gender.update({ id: await freshNamed(s.sql, 'gender'), name: uniqueName('Gender') }) },
  { name: 'gender.delete', scope: 'global', prepare: async (s) => mutators.gender.delete({ id: await freshNamed(s.sql, 'gender') }) },
  {
    name: 'config.update',
    scope: 'global',
    prepare: async (s) => {
      const [row] = await s.sql<{ n: number }[]>`SELECT gamification_open_per_user AS n FROM app_config`;
      return mutators.config.update({ gamificationOpenPerUser: (row!.n % 100) + 1 });
    },
  },
];
