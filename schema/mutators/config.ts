import { defineMutator } from '@rocicorp/zero';
import { zql } from '../schema.ts';
import { authorizeGlobal } from './actor.ts';
import { audit, changedFields } from './audit.ts';
import { MutationError, nothingToChange } from './errors.ts';
import { updateConfigArgs } from './settings-args.ts';

/**
 * PLY-4, ORG-4, PIX-1: change part of the global configuration (Player mode, gamification
 * limits, allowed platforms, account quota, images). Fields not given stay as they are.
 * Access: the superadmin.
 */
export const updateConfig = defineMutator(updateConfigArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  const config = await tx.run(zql.appConfig.where('id', 'global').one());
  if (!config) {
    if (tx.location === 'client') return;
    throw new MutationError('NOT_FOUND', 'The configuration is missing. Restart Parley so that its migrations run.');
  }
  const allowedPlatforms = args.allowedPlatforms && [...new Set(args.allowedPlatforms)];
  const changes = changedFields(config, { ...args, allowedPlatforms });
  if (!changes) throw nothingToChange('the configuration already has these values.');
  const quota = changes.after.accountQuota;
  if (quota !== undefined) {
    // The client may not have every account loaded: it can only undercount, so its refusal is real.
    const inUse = (await tx.run(zql.account.where('deletedAt', 'IS', null))).length;
    if (inUse > quota) {
      throw new MutationError(
        'QUOTA',
        `${inUse} accounts are in use, more than a quota of ${quota} allows. Choose a quota of at least ${inUse}, or delete accounts you no longer use first.`,
        'accountQuota',
        { inUse, quota },
      );
    }
  }
  await tx.mutate.appConfig.update({ id: config.id, ...changes.after, updatedAt: Date.now() });
  await audit(tx, actorId, { action: 'config.update', entity: 'app_config', entityId: config.id, ...changes });
});
