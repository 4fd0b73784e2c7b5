import { defineMutator } from '@rocicorp/zero';
import { zql } from '../schema.ts';
import { authorizeGlobal } from './actor.ts';
import { audit } from './audit.ts';
import { MutationError, writeUnique } from './errors.ts';
import { assertNameFree } from './names.ts';
import { lockOnServer } from './server-lock.ts';
import { createTeamArgs } from './settings-args.ts';

const duplicate = (name: string) =>
  new MutationError('DUPLICATE', `A team named “${name}” already exists. Choose another name.`, 'name');

/**
 * ORG-1: a new team. Teams are only ever created: no edit, no delete.
 * Access: the superadmin.
 */
export const createTeam = defineMutator(createTeamArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  // The unique index on team.name is case-sensitive; the lock makes the check below final.
  await lockOnServer(tx, 'teams');
  const teams = await tx.run(zql.team);
  assertNameFree(teams, args.name, undefined, () => duplicate(args.name));
  const row = { name: args.name, displayName: args.displayName, description: args.description };
  await writeUnique(() => tx.mutate.team.insert({ id: args.id, ...row, createdAt: Date.now() }), 'team_name_key', () =>
    duplicate(args.name),
  );
  await audit(tx, actorId, { action: 'team.create', entity: 'team', entityId: args.id, after: row });
});
