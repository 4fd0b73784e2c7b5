/** Pure helpers for TAX-1's category tree (any depth). */
export type CategoryNode = { id: string; parentId?: string | null | undefined };

/**
 * True when `ancestorId` is `id` itself or one of its ancestors. Moving a category under
 * `newParentId` would close a loop exactly when the category is self-or-ancestor of it.
 * A parent link to an unknown row ends the walk (a client may not have every row).
 */
export function isSelfOrAncestor(nodes: readonly CategoryNode[], ancestorId: string, id: string): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId ?? null]));
  const seen = new Set<string>();
  let current: string | null = id;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** `rootId` and all its descendants, deepest first: the order in which they can be deleted. */
export function subtreeDeepestFirst(nodes: readonly CategoryNode[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (!n.parentId) continue;
    children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  }
  const order = [rootId];
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const child of children.get(order[i]!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      order.push(child);
    }
  }
  return order.reverse();
}
