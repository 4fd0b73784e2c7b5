import { z } from 'zod';

// Building blocks for every query and mutator argument. U+0000 is refused everywhere: Postgres
// cannot store it in text, and zero-cache's SQLite cannot take it in a query literal (one such
// argument once broke the requester's whole sync connection).

export const NUL_REFUSAL = 'Remove the null character (U+0000) from the text; it cannot be stored.';

const hasNoNul = (value: string) => !value.includes('\u0000');

/** A string without U+0000; add trims and lengths after it. */
export const text = () => z.string().refine(hasNoNul, NUL_REFUSAL);

/** A row id as clients create them (UUIDs) and as they name existing rows. */
export const idArg = text().min(1, 'An id is missing.').max(64, 'An id can be at most 64 characters.');

/**
 * A query's arguments, where anything invalid (U+0000, an unknown id shape, a limit out of
 * range) becomes `null` and the query answers no rows. A query must never throw: zero-cache
 * would turn the error into a broken connection for every other query of the client.
 */
export function queryArgs<T extends z.ZodType>(schema: T) {
  return schema.nullable().catch(null);
}

/** The argument of a query that takes none: anything sent is ignored, never an error. */
export const noArgs = queryArgs(z.undefined());
