import { randomUUID } from 'node:crypto';
import type { MutateRequest } from '@rocicorp/zero';
import type postgres from 'postgres';
import { mutators } from '../../schema/mutators/index.ts';
import { addMembership, freshAccount, freshCategory, freshProfile, freshTeam } from '../support/settings-fixtures.ts';

export type BadSetup = { sql: postgres.Sql; superadminId: string };
export type BadCase = {
  title: string;
  // biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry
  prepare: (s: BadSetup) => Promise<{ request: MutateRequest<any>; cleanup?: () => Promise<void> }>;
  message: RegExp;
};

const id = () => randomUUID();
const long = 'x'.repeat(81);
// biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry
const only = (request: MutateRequest<any>) => async () => ({ request });

/** Changes app_config for one case and puts it back afterwards. */
async function withConfig(sql: postgres.Sql, change: (tx: postgres.Sql) => Promise<unknown>) {
  const [saved] = await sql`SELECT account_quota, allowed_platforms FROM app_config`;
  await change(sql);
  return async () => void (await sql`UPDATE app_config SET account_quota = ${saved!.account_quota}, allowed_platforms = ${sql.json(saved!.allowed_platforms)}`);
}

/** Makes the case's superadmin the only active one until cleanup. */
async function lastSuperadmin(s: BadSetup) {
  const others = await s.sql<{ id: string }[]>`
    UPDATE profile SET is_superadmin = false WHERE is_superadmin AND disabled_at IS NULL AND id <> ${s.superadminId} RETURNING id`;
  return async () => void (await s.sql`UPDATE profile SET is_superadmin = true WHERE id IN ${s.sql(others.map((o) => o.id))}`);
}

/** A › B › C, to try to make A a sub-category of itself. */
async function chain(sql: postgres.Sql) {
  const a = await freshCategory(sql);
  const b = await freshCategory(sql, { parentId: a });
  const c = await freshCategory(sql, { parentId: b });
  return { a, b, c };
}

export const badCases: BadCase[] = [
  { title: 'a team without a name', prepare: only(mutators.team.create({ id: id(), name: '  ', displayName: 'Shown' })), message: /Give the team a name/ },
  { title: 'a team name of 81 characters', prepare: only(mutators.team.create({ id: id(), name: long, displayName: 'Shown' })), message: /at most 80 characters/ },
  {
    title: 'a team named like another in other letter case',
    prepare: only(mutators.team.create({ id: id(), name: 'SUPPORT', displayName: 'Shown' })),
    message: /A team named “SUPPORT” already exists/,
  },
  { title: 'a category without a name', prepare: only(mutators.category.create({ id: id(), name: '', parentId: null })), message: /Give the category a name/ },
  {
    title: 'a category named like a sibling in other letter case',
    prepare: async ({ sql }) => {
      const parent = await freshCategory(sql);
      await freshCategory(sql, { parentId: parent, name: 'Refunds' });
      return { request: mutators.category.create({ id: id(), name: 'REFUNDS', parentId: parent }) };
    },
    message: /already has a sub-category named “REFUNDS”/,
  },
  {
    title: 'a category made its own parent',
    prepare: async ({ sql }) => {
      const { a } = await chain(sql);
      return { request: mutators.category.update({ id: a, parentId: a }) };
    },
    message: /cannot be moved under itself/,
  },
  {
    title: 'a category moved under its own descendant',
    prepare: async ({ sql }) => {
      const { a, c } = await chain(sql);
      return { request: mutators.category.update({ id: a, parentId: c }) };
    },
    message: /cannot be moved under itself or one of its own sub-categories/,
  },
  {
    title: 'tickets moved to a category that is being deleted',
    prepare: async ({ sql }) => {
      const { a, c } = await chain(sql);
      return { request: mutators.category.delete({ id: a, children: 'delete', reassignTo: c }) };
    },
    message: /cannot move to a category that is being deleted/,
  },
  {
    title: 'a sub-category moved up next to one of the same name',
    prepare: async ({ sql }) => {
      const parent = await freshCategory(sql);
      await freshCategory(sql, { parentId: parent, name: 'Late' });
      const middle = await freshCategory(sql, { parentId: parent });
      await freshCategory(sql, { parentId: middle, name: 'late' });
      return { request: mutators.category.delete({ id: middle, children: 'moveUp', reassignTo: null }) };
    },
    message: /“late” cannot move up/,
  },
  { title: 'a tag named like a sentiment tag', prepare: only(mutators.tag.create({ id: id(), name: 'NEUTRAL' })), message: /A tag named “NEUTRAL” already exists/ },
  { title: 'a tag name of 81 characters', prepare: only(mutators.tag.create({ id: id(), name: long })), message: /at most 80 characters/ },
  { title: 'renaming a sentiment tag', prepare: only(mutators.tag.update({ id: 'tag-positive', name: 'happy' })), message: /cannot be renamed or deleted/ },
  { title: 'deleting a sentiment tag', prepare: only(mutators.tag.delete({ id: 'tag-negative' })), message: /sentiment tags/ },
  { title: 'a customer type named like VIP', prepare: only(mutators.customerType.create({ id: id(), name: 'vip' })), message: /customer type named “vip” already exists/ },
  { title: 'deleting VIP', prepare: only(mutators.customerType.delete({ id: 'type-vip' })), message: /VIP and Important always exist/ },
  { title: 'a gender named like Male', prepare: only(mutators.gender.create({ id: id(), name: 'male' })), message: /gender named “male” already exists/ },
  { title: 'deleting Unknown', prepare: only(mutators.gender.delete({ id: 'gender-unknown' })), message: /Male, Female and Unknown always exist/ },
  { title: 'renaming Female', prepare: only(mutators.gender.update({ id: 'gender-female', name: 'F' })), message: /cannot be renamed/ },
  {
    title: 'an account beyond the quota',
    prepare: async ({ sql }) => {
      const teamId = await freshTeam(sql);
      const cleanup = await withConfig(sql, (tx) => tx`UPDATE app_config SET account_quota = (SELECT count(*) FROM account WHERE deleted_at IS NULL)`);
      return { request: mutators.account.create({ id: id(), teamId, platform: 'api', name: 'One too many' }), cleanup };
    },
    message: /quota allows .* ask the superadmin to raise the account quota/,
  },
  {
    title: 'an account on a platform that is not allowed',
    prepare: async ({ sql }) => {
      const teamId = await freshTeam(sql);
      const cleanup = await withConfig(sql, (tx) => tx`UPDATE app_config SET allowed_platforms = '["api"]'::jsonb, account_quota = 10000`);
      return { request: mutators.account.create({ id: id(), teamId, platform: 'facebook', name: 'Page' }), cleanup };
    },
    message: /Facebook is not an allowed platform; ask the superadmin/,
  },
  {
    title: 'adding someone who is already a member',
    prepare: async ({ sql }) => {
      const teamId = await freshTeam(sql);
      const userId = await freshProfile(sql);
      await addMembership(sql, teamId, userId, 'supervisor');
      return { request: mutators.member.add({ id: id(), teamId, userId, role: 'agent' }) };
    },
    message: /already a member of this team \(as supervisor\)/,
  },
  {
    title: 'disabling the last active superadmin',
    prepare: async (s) => ({ request: mutators.user.disable({ id: s.superadminId }), cleanup: await lastSuperadmin(s) }),
    message: /is the last active superadmin and cannot be disabled/,
  },
  {
    title: 'demoting the last active superadmin',
    prepare: async (s) => ({ request: mutators.user.setSuperadmin({ id: s.superadminId, isSuperadmin: false }), cleanup: await lastSuperadmin(s) }),
    message: /is the last active superadmin and cannot be demoted/,
  },
  { title: 'disabling yourself', prepare: async (s) => ({ request: mutators.user.disable({ id: s.superadminId }) }), message: /cannot disable yourself/ },
  { title: 'disabling a user who does not exist', prepare: only(mutators.user.disable({ id: 'no-such-user' })), message: /no longer exists/ },
  { title: 'no open ticket per user', prepare: only(mutators.config.update({ gamificationOpenPerUser: 0 })), message: /At least 1 open ticket per user/ },
  { title: 'no allowed platform', prepare: only(mutators.config.update({ allowedPlatforms: [] })), message: /Allow at least one platform/ },
  {
    title: 'an account named like another of the team in other letter case',
    prepare: async ({ sql }) => {
      const teamId = await freshTeam(sql);
      const { id: taken } = await freshAccount(sql, teamId);
      await sql`UPDATE account SET name = 'Help Desk' WHERE id = ${taken}`;
      const cleanup = await withConfig(sql, (tx) => tx`UPDATE app_config SET account_quota = 10000`);
      return { request: mutators.account.create({ id: id(), teamId, platform: 'api', name: 'HELP DESK' }), cleanup };
    },
    message: /This team already has an account named “HELP DESK”. Choose another name./,
  },
  {
    title: 'an account quota below the accounts in use',
    prepare: only(mutators.config.update({ accountQuota: 0 })),
    message: /^\d+ accounts are in use, more than a quota of 0 allows. Choose a quota of at least \d+, or delete accounts/,
  },
  {
    title: 'a team whose id is already taken',
    prepare: async ({ sql }) => ({ request: mutators.team.create({ id: await freshTeam(sql), name: `Fresh ${id()}`, displayName: 'Shown' }) }),
    message: /This id is already in use/,
  },
  { title: 'a tag whose id is already taken', prepare: only(mutators.tag.create({ id: 'tag-positive', name: `Fresh ${id()}` })), message: /This id is already in use/ },
  { title: 'a tag name with U+0000', prepare: only(mutators.tag.create({ id: id(), name: 'a\u0000b' })), message: /null character \(U\+0000\)/ },
  { title: 'making a superadmin superadmin', prepare: async (s) => ({ request: mutators.user.setSuperadmin({ id: s.superadminId, isSuperadmin: true }) }), message: /^Nothing to change: .* is already a superadmin/ },
  { title: 'enabling a user who is not disabled', prepare: async (s) => ({ request: mutators.user.enable({ id: s.superadminId }) }), message: /^Nothing to change: .* is not disabled/ },
  {
    title: 'giving a member the role they have',
    prepare: async ({ sql }) => ({ request: mutators.member.setRole({ id: await addMembership(sql, await freshTeam(sql), await freshProfile(sql), 'agent'), role: 'agent' }) }),
    message: /^Nothing to change: .* is already agent of this team/,
  },
  {
    title: 'deleting an account that is already deleted',
    prepare: async ({ sql }) => {
      const { id: accountId } = await freshAccount(sql, await freshTeam(sql));
      await sql`UPDATE account SET deleted_at = now() WHERE id = ${accountId}`;
      return { request: mutators.account.delete({ id: accountId }) };
    },
    message: /^Nothing to change: this account is already deleted/,
  },
  {
    title: 'saving the configuration unchanged',
    prepare: async ({ sql }) => {
      const [row] = await sql<{ mode: 'normal' }[]>`SELECT player_mode AS mode FROM app_config`;
      return { request: mutators.config.update({ playerMode: row!.mode }) };
    },
    message: /^Nothing to change: the configuration already has these values/,
  },
];
