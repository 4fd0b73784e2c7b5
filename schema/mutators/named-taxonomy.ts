import { defineMutator, type Transaction } from '@rocicorp/zero';
import { zql } from '../schema.ts';
import { authorizeGlobal } from './actor.ts';
import { audit } from './audit.ts';
import { MutationError, nothingToChange, writeUnique } from './errors.ts';
import { assertNameFree, notFound } from './names.ts';
import { assertNewId } from './new-id.ts';
import { createNamedArgs, deleteNamedArgs, updateNamedArgs } from './settings-args.ts';

/** Tags, customer types and genders: a unique name, and system rows that always exist. */
type NamedTable = 'tag' | 'customerType' | 'gender';
type NamedRow = { id: string; name: string; isSystem: boolean };
type NamedWrites = {
  insert(row: NamedRow & { createdAt: number }): Promise<void>;
  update(row: { id: string; name: string }): Promise<void>;
  delete(row: { id: string }): Promise<void>;
};

export type NamedTaxonomy = {
  table: NamedTable;
  /** Registry namespace and audit entity, e.g. 'customerType' and 'customer_type'. */
  action: string;
  entity: 'tag' | 'customer_type' | 'gender';
  /** In words, e.g. 'customer type'. */
  what: string;
  uniqueIndex: string;
  /** Why a system row cannot be renamed or deleted, and what to do instead. */
  systemRefusal: string;
  /** Columns a new row needs beyond id, name and isSystem. */
  defaults?: Record<string, unknown>;
  /** Unlinks the row from everything that uses it before it goes; returns how many rows changed. */
  detach: (tx: Transaction, id: string) => Promise<number>;
};

// The three tables share these columns; TypeScript cannot see that through the union.
const writes = (tx: Transaction, table: NamedTable) => tx.mutate[table] as unknown as NamedWrites;
const readAll = (tx: Transaction, table: NamedTable) => tx.run(zql[table] as unknown as typeof zql.tag) as Promise<readonly NamedRow[]>;

async function loadRow(tx: Transaction, spec: NamedTaxonomy, id: string): Promise<{ row?: NamedRow; all: readonly NamedRow[] }> {
  const all = await readAll(tx, spec.table);
  const row = all.find((r) => r.id === id);
  if (!row && tx.location === 'server') throw notFound(spec.what);
  if (row?.isSystem) throw new MutationError('SYSTEM', spec.systemRefusal);
  return { row, all };
}

/** create/update/delete for one named taxonomy (TAX-2, TAX-3, TAX-4). Access: the superadmin. */
export function namedTaxonomyMutators(spec: NamedTaxonomy) {
  const duplicate = (name: string) =>
    new MutationError('DUPLICATE', `A ${spec.what} named “${name}” already exists. Use it, or choose another name.`, 'name', { name });

  const create = defineMutator(createNamedArgs(spec.what), async ({ tx, args, ctx }) => {
    const actorId = await authorizeGlobal(tx, ctx);
    await assertNewId(tx, spec.entity, args.id);
    assertNameFree(await readAll(tx, spec.table), args.name, undefined, () => duplicate(args.name));
    const row = { id: args.id, name: args.name, isSystem: false, createdAt: Date.now(), ...spec.defaults };
    await writeUnique(() => writes(tx, spec.table).insert(row), spec.uniqueIndex, () => duplicate(args.name));
    await audit(tx, actorId, { action: `${spec.action}.create`, entity: spec.entity, entityId: args.id, after: { name: args.name } });
  });

  const update = defineMutator(updateNamedArgs(spec.what), async ({ tx, args, ctx }) => {
    const actorId = await authorizeGlobal(tx, ctx);
    const { row, all } = await loadRow(tx, spec, args.id);
    if (!row) return;
    if (row.name === args.name) throw nothingToChange(`the ${spec.what} is already named “${row.name}”.`);
    assertNameFree(all, args.name, row.id, () => duplicate(args.name));
    await writeUnique(() => writes(tx, spec.table).update({ id: row.id, name: args.name }), spec.uniqueIndex, () => duplicate(args.name));
    const entry = { entity: spec.entity, entityId: row.id, before: { name: row.name }, after: { name: args.name } };
    await audit(tx, actorId, { action: `${spec.action}.update`, ...entry });
  });

  const remove = defineMutator(deleteNamedArgs, async ({ tx, args, ctx }) => {
    const actorId = await authorizeGlobal(tx, ctx);
    const { row } = await loadRow(tx, spec, args.id);
    if (!row) return;
    const detached = await spec.detach(tx, row.id);
    await writes(tx, spec.table).delete({ id: row.id });
    const entry = { entity: spec.entity, entityId: row.id, before: { name: row.name }, after: { detached } };
    await audit(tx, actorId, { action: `${spec.action}.delete`, ...entry });
  });

  return { create, update, delete: remove };
}
