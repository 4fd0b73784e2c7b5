import { defineMutator } from '@rocicorp/zero';
import { zql } from '../schema.ts';
import { authorizeGlobal } from './actor.ts';
import { audit } from './audit.ts';
import { MutationError, writeUnique } from './errors.ts';
import { assertNameFree } from './names.ts';
import { assertNewId } from './new-id.ts';
import { createTeamArgs } from './settings-args.ts';

const duplicate = (name: string) =>
  new MutationError('DUPLICATE', `A team named “${name}” already exists. Choose another name.`, 'name', { name });

/**
 * ORG-1: a new team. Teams are only ever created: no edit, no delete.
 * Access: superadmins.
 */
export const createTeam = defineMutator(createTeamArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  await assertNewId(tx, 'team', args.id);
  // The check gives the message; the unique index on lower(name) makes it final.
  const teams = await tx.run(zql.team);
  assertNameFree(teams, args.name, undefined, () => duplicate(args.name));
  const row = { name: args.name, displayName: args.displayName, description: args.description };
  await writeUnique(() => tx.mutate.team.insert({ id: args.id, ...row, createdAt: Date.now() }), 'team_name_lower_uq', () =>
    duplicate(args.name),
  );
  await audit(tx, actorId, { action: 'team.create', entity: 'team', entityId: args.id, after: row });
});
