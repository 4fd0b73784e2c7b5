import { defineMutator, type Transaction } from '@rocicorp/zero';
import type { Actor } from '../../permissions/index.ts';
import type { Context } from '../context.ts';
import { zql } from '../schema.ts';
import { authorize, authorizeRow, unavailable } from './actor.ts';
import { audit } from './audit.ts';
import { MutationError, nothingToChange, writeUnique } from './errors.ts';
import { notFound } from './names.ts';
import { assertNewId } from './new-id.ts';
import { lockOnServer } from './server-lock.ts';
import { addMemberArgs, removeMemberArgs, setMemberRoleArgs } from './settings-args.ts';

const DENIED = 'Only an admin of this team or a superadmin can manage its members. Ask an admin of the team.';

const alreadyMember = (name: string, role: string) =>
  new MutationError('DUPLICATE', `${name} is already a member of this team (as ${role}). Change their role instead.`, 'userId');

/**
 * ORG-7: add a user to a team with one role. A removed member can be added again.
 * Access: admins of that team, and superadmins.
 */
export const addMember = defineMutator(addMemberArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorize(tx, ctx, args.teamId, 'member.manage', DENIED);
  const team = await tx.run(zql.team.where('id', args.teamId).one());
  const user = await tx.run(zql.profile.where('id', args.userId).one());
  if (tx.location === 'server' && !team) throw notFound('team');
  if (tx.location === 'server' && !user) throw notFound('user');
  await assertNewId(tx, 'team_member', args.id);
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

/** The membership with its user, after the write check against its team; undefined = leave it to the server. */
async function loadMembership(tx: Transaction, ctx: Context, id: string) {
  const member = await tx.run(zql.teamMember.where('id', id).related('user').one());
  return authorizeRow(tx, ctx, member, 'member.manage', { unavailable: unavailable('membership'), denied: DENIED });
}

/**
 * A team keeps an admin: its last admin may not demote or remove themself (a superadmin may
 * do it for them). Only the server sees every membership, so only it refuses.
 */
async function assertKeepsAnAdmin(tx: Transaction, actor: Actor | undefined, member: { id: string; teamId: string; role: string }) {
  if (tx.location !== 'server' || member.role !== 'admin' || actor?.isSuperadmin) return;
  await lockOnServer(tx, 'admins');
  const others = await tx.run(zql.teamMember.where('teamId', member.teamId).where('role', 'admin').where('id', '!=', member.id).limit(1));
  if (others.length === 0) {
    throw new MutationError(
      'LAST_ADMIN',
      'You are the last admin of this team: without you nobody could manage its members and accounts. Make another member admin first, or ask a superadmin.',
    );
  }
}

/**
 * ORG-7: change a member's role in the team.
 * Access: admins of that team, and superadmins.
 */
export const setMemberRole = defineMutator(setMemberRoleArgs, async ({ tx, args, ctx }) => {
  const found = await loadMembership(tx, ctx, args.id);
  if (!found) return;
  const { row: member, actor, actorId } = found;
  if (member.role === args.role) throw nothingToChange(`${member.user?.name ?? 'this member'} is already ${args.role} of this team.`);
  if (args.role !== 'admin') await assertKeepsAnAdmin(tx, actor, member);
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
 * Access: admins of that team, and superadmins.
 */
export const removeMember = defineMutator(removeMemberArgs, async ({ tx, args, ctx }) => {
  const found = await loadMembership(tx, ctx, args.id);
  if (!found) return;
  const { row: member, actor, actorId } = found;
  await assertKeepsAnAdmin(tx, actor, member);
  await tx.mutate.teamMember.delete({ id: member.id });
  await audit(tx, actorId, {
    action: 'member.remove',
    entity: 'team_member',
    entityId: member.id,
    teamId: member.teamId,
    before: { userId: member.userId, role: member.role },
  });
});
