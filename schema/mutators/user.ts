import { defineMutator, type Transaction } from '@rocicorp/zero';
import { zql } from '../schema.ts';
import { authorizeGlobal } from './actor.ts';
import { audit } from './audit.ts';
import { MutationError, nothingToChange } from './errors.ts';
import { notFound } from './names.ts';
import { lockOnServer } from './server-lock.ts';
import { setSuperadminArgs, userIdArgs } from './settings-args.ts';

type Profile = { id: string; name: string };

/**
 * ORG-6: there is always an active superadmin. Only the server can prove there is no other
 * one (a client sees only the users it has loaded), so the client never refuses on this.
 */
async function assertNotLastSuperadmin(tx: Transaction, user: Profile, change: string): Promise<void> {
  if (tx.location !== 'server') return;
  const others = await tx.run(
    zql.profile.where('isSuperadmin', true).where('disabledAt', 'IS', null).where('id', '!=', user.id).limit(1),
  );
  if (others.length === 0) {
    throw new MutationError(
      'LAST_SUPERADMIN',
      `${user.name} is the last active superadmin and cannot be ${change}. Make another user superadmin first.`,
    );
  }
}

async function loadUser(tx: Transaction, id: string) {
  const user = await tx.run(zql.profile.where('id', id).one());
  if (!user && tx.location === 'server') throw notFound('user');
  return user;
}

/**
 * ORG-6: users are never deleted, only disabled; a disabled user cannot log in, and the server
 * mutator also ends their sessions in the same transaction. Nobody disables themself.
 * Access: the superadmin.
 */
export const disableUser = defineMutator(userIdArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  await lockOnServer(tx, 'superadmins');
  const user = await loadUser(tx, args.id);
  if (!user) return;
  if (user.disabledAt) throw nothingToChange(`${user.name} is already disabled.`);
  if (user.isSuperadmin) await assertNotLastSuperadmin(tx, user, 'disabled');
  if (user.id === actorId) throw new MutationError('SELF', 'You cannot disable yourself. Ask another superadmin to do it.');
  const disabledAt = Date.now();
  await tx.mutate.profile.update({ id: user.id, disabledAt });
  await audit(tx, actorId, { action: 'user.disable', entity: 'user', entityId: user.id, before: { disabledAt: null }, after: { disabledAt } });
});

/**
 * ORG-6: a disabled user may log in again.
 * Access: the superadmin.
 */
export const enableUser = defineMutator(userIdArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  const user = await loadUser(tx, args.id);
  if (!user) return;
  if (!user.disabledAt) throw nothingToChange(`${user.name} is not disabled.`);
  await tx.mutate.profile.update({ id: user.id, disabledAt: null });
  const before = { disabledAt: user.disabledAt };
  await audit(tx, actorId, { action: 'user.enable', entity: 'user', entityId: user.id, before, after: { disabledAt: null } });
});

/**
 * ORG-6: grant or take the superadmin role; the last active superadmin keeps it.
 * Access: the superadmin.
 */
export const setSuperadmin = defineMutator(setSuperadminArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  await lockOnServer(tx, 'superadmins');
  const user = await loadUser(tx, args.id);
  if (!user) return;
  if (user.isSuperadmin === args.isSuperadmin) {
    throw nothingToChange(`${user.name} ${args.isSuperadmin ? 'is already' : 'is not'} a superadmin.`);
  }
  if (!args.isSuperadmin && !user.disabledAt) await assertNotLastSuperadmin(tx, user, 'demoted');
  await tx.mutate.profile.update({ id: user.id, isSuperadmin: args.isSuperadmin });
  await audit(tx, actorId, {
    action: 'user.setSuperadmin',
    entity: 'user',
    entityId: user.id,
    before: { isSuperadmin: user.isSuperadmin },
    after: { isSuperadmin: args.isSuperadmin },
  });
});
