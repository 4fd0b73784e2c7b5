import type { MutateRequest } from '@rocicorp/zero';

/** A tag, customer type or gender: a name, and whether Parley itself relies on it. */
export type NamedItem = { id: string; name: string; isSystem: boolean };

/** How a taxonomy page talks to its mutators (`tag.create`, `gender.update`, …). */
export type NamedItemMutators = {
  // biome-ignore lint/suspicious/noExplicitAny: each registry entry has its own argument type
  create: (args: { id: string; name: string }) => MutateRequest<any>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  update: (args: { id: string; name: string }) => MutateRequest<any>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  remove: (args: { id: string }) => MutateRequest<any>;
};
