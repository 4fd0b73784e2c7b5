import { defineMutator, type Transaction } from '@rocicorp/zero';
import { zql } from '../schema.ts';
import { authorizeGlobal } from './actor.ts';
import { audit } from './audit.ts';
import { type CategoryRow, loadTree } from './category.ts';
import { subtreeDeepestFirst } from './category-tree.ts';
import { MutationError } from './errors.ts';
import { notFound, sameName } from './names.ts';
import { deleteCategoryArgs } from './settings-args.ts';

/** Sub-categories of a deleted one go to its parent; refuse before two siblings share a name. */
async function moveChildrenUp(tx: Transaction, all: readonly CategoryRow[], category: CategoryRow): Promise<number> {
  const parentId = category.parentId ?? null;
  const parent = all.find((c) => c.id === parentId);
  const children = all.filter((c) => c.parentId === category.id);
  const staying = all.filter((c) => (c.parentId ?? null) === parentId && c.id !== category.id);
  for (const child of children) {
    if (staying.some((s) => sameName(s.name, child.name))) {
      const level = parent ? `“${parent.name}”` : 'the top level';
      throw new MutationError(
        'DUPLICATE',
        `“${child.name}” cannot move up: ${level} already has a category with that name. Rename one of them first, or delete the sub-categories too.`,
        'children',
      );
    }
  }
  // A child named like the category it leaves (Orders › Orders) would collide with it for
  // the moment both sit at one level; the category is renamed to its id until deleted below.
  if (children.some((c) => sameName(c.name, category.name))) await tx.mutate.category.update({ id: category.id, name: category.id });
  for (const child of children) await tx.mutate.category.update({ id: child.id, parentId });
  return children.length;
}

/**
 * TAX-1: delete a category. Its sub-categories move up to its parent or are deleted with it;
 * tickets filed under any deleted category move to `reassignTo` (once each) or lose the
 * link, so no ticket ever points at a category that does not exist.
 * Access: the superadmin.
 */
export const deleteCategory = defineMutator(deleteCategoryArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  const all = await loadTree(tx);
  const category = all.find((c) => c.id === args.id);
  if (!category) {
    if (tx.location === 'client') return;
    throw notFound('category');
  }
  const doomed = args.children === 'delete' ? subtreeDeepestFirst(all, category.id) : [category.id];
  const target = args.reassignTo;
  if (target !== null && doomed.includes(target)) {
    throw new MutationError('INVALID', 'Tickets cannot move to a category that is being deleted. Pick another category, or none.', 'reassignTo');
  }
  if (target !== null && tx.location === 'server' && !all.some((c) => c.id === target)) {
    throw new MutationError('NOT_FOUND', 'The category to move the tickets to no longer exists. Pick another one.', 'reassignTo');
  }
  const movedUp = args.children === 'moveUp' ? await moveChildrenUp(tx, all, category) : 0;
  const links = await tx.run(zql.ticketCategory.where('categoryId', 'IN', doomed));
  for (const link of links) {
    await tx.mutate.ticketCategory.delete({ ticketId: link.ticketId, categoryId: link.categoryId });
    // upsert: a ticket already filed under the target keeps its one link.
    if (target !== null) await tx.mutate.ticketCategory.upsert({ ticketId: link.ticketId, categoryId: target, teamId: link.teamId });
  }
  for (const id of doomed) await tx.mutate.category.delete({ id });
  await audit(tx, actorId, {
    action: 'category.delete',
    entity: 'category',
    entityId: category.id,
    before: { name: category.name, parentId: category.parentId ?? null },
    after: { children: args.children, deletedIds: doomed, movedUp, reassignTo: target, ticketLinks: links.length },
  });
});
