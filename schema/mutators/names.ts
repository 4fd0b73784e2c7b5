import { MutationError } from './errors.ts';

/** Names compare as Postgres' lower() unique indexes do: case-insensitively. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Refuses `name` when another row of `rows` (not `exceptId`) already has it. */
export function assertNameFree(
  rows: readonly { id: string; name: string }[],
  name: string,
  exceptId: string | undefined,
  duplicate: () => MutationError,
): void {
  if (rows.some((r) => r.id !== exceptId && sameName(r.name, name))) throw duplicate();
}

/** A refusal for a row the client may simply not have loaded: the server decides. */
export function notFound(what: string): MutationError {
  return new MutationError('NOT_FOUND', `That ${what} no longer exists or is not visible to you. Reload the page and try again.`);
}
