import { defineMutator, type Transaction } from '@rocicorp/zero';
import type { Context } from '../context.ts';
import { zql } from '../schema.ts';
import { authorize } from './actor.ts';
import { audit } from './audit.ts';
import { MutationError, writeUnique } from './errors.ts';
import { notFound } from './names.ts';
import { addMemberArgs, removeMemberArgs, setMemberRoleArgs } from './settings-args.ts';

const DENIED = 'Only an admin of this team or a superadmin can manage its members. Ask an admin of the team.';

const alreadyMember = (name: string, role: string) =>
  new MutationError('DUPLICATE', `${name} is already a member of this team (as ${role}). Change their role instead.`, 'userId');

/**
 * ORG-7: add a user to a team with one role. A removed member can be added again.
 * Access: admins of that team, and the superadmin.
 */
export const addMember = defineMutator(addMemberArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorize(tx, ctx, args.teamId, 'member.manage', DENIED);
  const team = await tx.run(zql.team.where('id', args.teamId).one());
  const user = await tx.run(zql.profile.where('id', args.userId).one());
  if (tx.location === 'server' && !team) throw notFound('team');
  if (tx.location === 'server' && !user) throw notFound('user');
  const name = user?.name ?? 'This user';
  const existing = await tx.run(zql.teamMember.where('teamId', args.teamId).where('userId', args.userId).one());
  if (existing) throw alreadyMember(name, existing.role);
  const row = { teamId: args.teamId, userId: args.userId, role: args.role };
  await writeUnique(
    () => tx.mutate.teamMember.insert({ id: args.id, ...row, createdAt: Date.now() }),
    'team_member_team_id_user_id_key',
    () => alreadyMember(name, 'a member'),
  );
  await audit(tx, actorId, { action: 'member.add', entity: 'team_member', entityId: args.id, teamId: args.teamId, after: row });
});

/** The membership, then the write check against its team; undefined = leave it to the server. */
async function loadMembership(tx: Transaction, ctx: Context, id: string) {
  const member = await tx.run(zql.teamMember.where('id', id).one());
  if (!member) {
    if (tx.location === 'client') return undefined;
    throw notFound('membership');
  }
  const actorId = await authorize(tx, ctx, member.teamId, 'member.manage', DENIED);
  return { member, actorId };
}

/**
 * ORG-7: change a member's role in the team.
 * Access: admins of that team, and the superadmin.
 */
export const setMemberRole = defineMutator(setMemberRoleArgs, async ({ tx, args, ctx }) => {
  const found = await loadMembership(tx, ctx, args.id);
  if (!found || found.member.role === args.role) return;
  const { member, actorId } = found;
  await tx.mutate.teamMember.update({ id: member.id, role: args.role });
  await audit(tx, actorId, {
    action: 'member.setRole',
    entity: 'team_member',
    entityId: member.id,
    teamId: member.teamId,
    before: { userId: member.userId, role: member.role },
    after: { userId: member.userId, role: args.role },
  });
});

/**
 * ORG-7: remove a member; the team's rows leave their open views at once (ORG-8).
 * Access: admins of that team, and the superadmin.
 */
export const removeMember = defineMutator(removeMemberArgs, async ({ tx, args, ctx }) => {
  const found = await loadMembership(tx, ctx, args.id);
  if (!found) return;
  const { member, actorId } = found;
  await tx.mutate.teamMember.delete({ id: member.id });
  await audit(tx, actorId, {
    action: 'member.remove',
    entity: 'team_member',
    entityId: member.id,
    teamId: member.teamId,
    before: { userId: member.userId, role: member.role },
  });
});
