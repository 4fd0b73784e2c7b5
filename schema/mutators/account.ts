import { defineMutator, type Transaction } from '@rocicorp/zero';
import type { Context } from '../context.ts';
import { zql } from '../schema.ts';
import { authorize, authorizeRow, unavailable } from './actor.ts';
import { audit, changedFields } from './audit.ts';
import { MutationError, nothingToChange, writeUnique } from './errors.ts';
import { assertNameFree, notFound } from './names.ts';
import { assertNewId } from './new-id.ts';
import { platformLabels } from './platforms.ts';
import { lockOnServer } from './server-lock.ts';
import { accountIdArgs, createAccountArgs, updateAccountArgs } from './settings-args.ts';

const DENIED = 'Only an admin of this team or a superadmin can manage its accounts. Ask an admin of the team.';
const NAME_INDEX = 'account_team_name_uq';

const duplicateName = (name: string) =>
  new MutationError('DUPLICATE', `This team already has an account named “${name}”. Choose another name.`, 'name', { name });

/** The team's accounts in use, whose names must differ (deleted ones free their name). */
const liveAccountsOf = (tx: Transaction, teamId: string) => tx.run(zql.account.where('teamId', teamId).where('deletedAt', 'IS', null));

/**
 * ORG-2, ORG-4: add an account to a team (for life), only on an allowed platform, within
 * the quota and under a name the team's other accounts do not have. It starts `pending`
 * until connected; the server mutator adds its webhook secret.
 * Access: admins of that team, and superadmins.
 */
export const createAccount = defineMutator(createAccountArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorize(tx, ctx, args.teamId, 'account.manage', DENIED);
  await lockOnServer(tx, 'accounts');
  if (tx.location === 'server' && !(await tx.run(zql.team.where('id', args.teamId).one()))) throw notFound('team');
  await assertNewId(tx, 'account', args.id);
  // A client without the configuration or every account loaded cannot prove a refusal;
  // what it has loaded can only undercount, so a refusal it finds is real.
  const config = await tx.run(zql.appConfig.where('id', 'global').one());
  if (config) {
    if (!config.allowedPlatforms.includes(args.platform)) {
      const label = platformLabels[args.platform];
      throw new MutationError(
        'PLATFORM_NOT_ALLOWED',
        `${label} is not an allowed platform; ask the superadmin to allow ${label} in Settings › Configuration.`,
        'platform',
      );
    }
    const live = await tx.run(zql.account.where('deletedAt', 'IS', null));
    if (live.length >= config.accountQuota) {
      throw new MutationError(
        'QUOTA',
        `Parley already has ${live.length} accounts and the quota allows ${config.accountQuota}. Delete an account you no longer use, or ask the superadmin to raise the account quota in Settings › Configuration.`,
        undefined,
        { inUse: live.length, quota: config.accountQuota },
      );
    }
  }
  assertNameFree(await liveAccountsOf(tx, args.teamId), args.name, undefined, () => duplicateName(args.name));
  const row = { platform: args.platform, name: args.name, handle: args.handle, twoStep: args.twoStep };
  const insert = () =>
    tx.mutate.account.insert({
      id: args.id,
      teamId: args.teamId,
      ...row,
      connectionState: 'pending',
      connectionError: null,
      createdAt: Date.now(),
      deletedAt: null,
    });
  await writeUnique(insert, NAME_INDEX, () => duplicateName(args.name));
  await audit(tx, actorId, { action: 'account.create', entity: 'account', entityId: args.id, teamId: args.teamId, after: row });
});

/** The account after the write check against its team; undefined = leave it to the server. */
async function loadAccount(tx: Transaction, ctx: Context, id: string) {
  const account = await tx.run(zql.account.where('id', id).one());
  return authorizeRow(tx, ctx, account, 'account.manage', { unavailable: unavailable('account'), denied: DENIED });
}

/** As loadAccount, refusing a deleted account: it can no longer change. */
async function loadLiveAccount(tx: Transaction, ctx: Context, id: string) {
  const found = await loadAccount(tx, ctx, id);
  if (found?.row.deletedAt) {
    throw new MutationError('ACCOUNT_DELETED', 'This account was deleted and can no longer be changed. Add it again to use it.');
  }
  return found;
}

/**
 * ORG-3, ORG-5: rename an account, change its handle or its two-step setting.
 * Access: admins of the account's team, and superadmins.
 */
export const updateAccount = defineMutator(updateAccountArgs, async ({ tx, args, ctx }) => {
  const found = await loadLiveAccount(tx, ctx, args.id);
  if (!found) return;
  const { row: account, actorId } = found;
  const changes = changedFields(account, { name: args.name, handle: args.handle, twoStep: args.twoStep });
  if (!changes) throw nothingToChange('the account already has these values.');
  const name = changes.after.name;
  if (name !== undefined) assertNameFree(await liveAccountsOf(tx, account.teamId), name, account.id, () => duplicateName(name));
  await writeUnique(() => tx.mutate.account.update({ id: account.id, ...changes.after }), NAME_INDEX, () => duplicateName(name ?? ''));
  await audit(tx, actorId, { action: 'account.update', entity: 'account', entityId: account.id, teamId: account.teamId, ...changes });
});

/**
 * ORG-3: ask the server to verify the account with its platform. It shows `pending` until
 * the server mutator's check after commit records `connected` or `failed` with the reason.
 * Access: admins of the account's team, and superadmins.
 */
export const connectAccount = defineMutator(accountIdArgs, async ({ tx, args, ctx }) => {
  const found = await loadLiveAccount(tx, ctx, args.id);
  if (!found) return;
  const { row: account, actorId } = found;
  await tx.mutate.account.update({ id: account.id, connectionState: 'pending', connectionError: null });
  await audit(tx, actorId, {
    action: 'account.connect',
    entity: 'account',
    entityId: account.id,
    teamId: account.teamId,
    before: { connectionState: account.connectionState },
    after: { connectionState: 'pending' },
  });
});

/**
 * ORG-2, ORG-3: soft delete. The webhook then refuses it (410) and nothing more is sent from
 * it; its conversations stay readable. To move an account, delete it and add it again.
 * Access: admins of the account's team, and superadmins.
 */
export const deleteAccount = defineMutator(accountIdArgs, async ({ tx, args, ctx }) => {
  const found = await loadAccount(tx, ctx, args.id);
  if (!found) return;
  const { row: account, actorId } = found;
  if (account.deletedAt) throw nothingToChange('this account is already deleted.');
  const deletedAt = Date.now();
  await tx.mutate.account.update({ id: account.id, deletedAt });
  const entry = { entity: 'account', entityId: account.id, teamId: account.teamId };
  await audit(tx, actorId, { action: 'account.delete', ...entry, before: { deletedAt: null }, after: { deletedAt } });
});
