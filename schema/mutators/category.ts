import { defineMutator, type Transaction } from '@rocicorp/zero';
import { zql } from '../schema.ts';
import { authorizeGlobal } from './actor.ts';
import { audit, changedFields } from './audit.ts';
import { isSelfOrAncestor } from './category-tree.ts';
import { MutationError, nothingToChange, writeUnique } from './errors.ts';
import { assertNameFree, notFound } from './names.ts';
import { assertNewId } from './new-id.ts';
import { lockOnServer } from './server-lock.ts';
import { createCategoryArgs, updateCategoryArgs } from './settings-args.ts';

export type CategoryRow = { id: string; name: string; parentId?: string | null | undefined };

export const SIBLING_NAME_INDEX = 'category_sibling_name_uq';

export function duplicateCategory(name: string, parent: CategoryRow | undefined | null): MutationError {
  const where = parent ? `“${parent.name}” already has a sub-category` : 'There is already a top-level category';
  return new MutationError('DUPLICATE', `${where} named “${name}”. Choose another name.`, 'name');
}

/** Every category, read after the tree lock so that checks and writes see one tree. */
export async function loadTree(tx: Transaction): Promise<readonly CategoryRow[]> {
  await lockOnServer(tx, 'categories');
  return tx.run(zql.category);
}

/** The parent a category is to get: it must exist (the client may not have it loaded). */
function findParent(tx: Transaction, all: readonly CategoryRow[], parentId: string | null) {
  if (parentId === null) return null;
  const parent = all.find((c) => c.id === parentId);
  if (!parent && tx.location === 'server') {
    throw new MutationError('NOT_FOUND', 'The parent category no longer exists. Pick another parent.', 'parentId');
  }
  return parent;
}

const siblingsOf = (all: readonly CategoryRow[], parentId: string | null) => all.filter((c) => (c.parentId ?? null) === parentId);

/**
 * TAX-1: a new category, top-level or under another one; names are unique among siblings.
 * Access: the superadmin.
 */
export const createCategory = defineMutator(createCategoryArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  const all = await loadTree(tx);
  await assertNewId(tx, 'category', args.id);
  const parent = findParent(tx, all, args.parentId);
  assertNameFree(siblingsOf(all, args.parentId), args.name, undefined, () => duplicateCategory(args.name, parent));
  const row = { name: args.name, parentId: args.parentId };
  await writeUnique(() => tx.mutate.category.insert({ id: args.id, ...row, createdAt: Date.now() }), SIBLING_NAME_INDEX, () =>
    duplicateCategory(args.name, parent),
  );
  await audit(tx, actorId, { action: 'category.create', entity: 'category', entityId: args.id, after: row });
});

/**
 * TAX-1: rename a category or move it under another parent (or to the top level). It can
 * never end up under itself or one of its own sub-categories.
 * Access: the superadmin.
 */
export const updateCategory = defineMutator(updateCategoryArgs, async ({ tx, args, ctx }) => {
  const actorId = await authorizeGlobal(tx, ctx);
  const all = await loadTree(tx);
  const category = all.find((c) => c.id === args.id);
  if (!category) {
    if (tx.location === 'client') return;
    throw notFound('category');
  }
  const parentId = args.parentId === undefined ? (category.parentId ?? null) : args.parentId;
  const name = args.name ?? category.name;
  if (parentId !== null && isSelfOrAncestor(all, category.id, parentId)) {
    throw new MutationError(
      'CYCLE',
      `“${category.name}” cannot be moved under itself or one of its own sub-categories. Pick another parent.`,
      'parentId',
    );
  }
  const parent = findParent(tx, all, parentId);
  assertNameFree(siblingsOf(all, parentId), name, category.id, () => duplicateCategory(name, parent));
  const current = { name: category.name, parentId: category.parentId ?? null };
  const changes = changedFields(current, { name: args.name, parentId: args.parentId });
  if (!changes) throw nothingToChange(`“${category.name}” already has this name and parent.`);
  await writeUnique(() => tx.mutate.category.update({ id: category.id, ...changes.after }), SIBLING_NAME_INDEX, () =>
    duplicateCategory(name, parent),
  );
  await audit(tx, actorId, { action: 'category.update', entity: 'category', entityId: category.id, ...changes });
});
