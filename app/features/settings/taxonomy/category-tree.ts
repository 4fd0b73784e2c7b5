/** The fields of a category that the tree needs. */
export type CategoryNode = { id: string; name: string; parentId?: string | null | undefined };

export type TreeEntry<T extends CategoryNode> = { category: T; depth: number; childCount: number };

/**
 * TAX-1's tree as an indented list: parents before their children, siblings by name, any
 * depth. A category whose parent is missing is shown at the top level rather than lost.
 */
export function flattenTree<T extends CategoryNode>(categories: readonly T[]): TreeEntry<T>[] {
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map<string | null, T[]>();
  for (const c of categories) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: TreeEntry<T>[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const c of list) {
      if (seen.has(c.id)) continue; // a cycle in bad data must not hang the page
      seen.add(c.id);
      out.push({ category: c, depth, childCount: children.get(c.id)?.length ?? 0 });
      visit(c.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The category and everything under it: none of them can become its new parent. */
export function subtreeIds(categories: readonly CategoryNode[], rootId: string): Set<string> {
  const out = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of categories) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Options for a parent picker: the tree, indented, minus the excluded ids. */
export function parentOptions(categories: readonly CategoryNode[], exclude: ReadonlySet<string> = new Set()) {
  return flattenTree(categories)
    .filter((e) => !exclude.has(e.category.id))
    .map((e) => ({ value: e.category.id, label: `${'\u2003'.repeat(e.depth)}${e.category.name}` }));
}
