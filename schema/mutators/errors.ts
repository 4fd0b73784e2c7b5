import { ApplicationError } from '@rocicorp/zero';

export type MutationErrorCode =
  /** Not allowed, or no such row among those the actor may touch (the two answer alike). */
  | 'ACCESS_DENIED'
  | 'NOT_FOUND'
  | 'INVALID'
  | 'ACCOUNT_DELETED'
  | 'DUPLICATE'
  /** A create named an id that some row (anyone's) already has. */
  | 'ID_TAKEN'
  /** The write would leave everything as it is. */
  | 'NOTHING_TO_CHANGE'
  | 'LAST_SUPERADMIN'
  | 'LAST_ADMIN'
  | 'SELF'
  | 'SYSTEM'
  | 'CYCLE'
  | 'QUOTA'
  | 'PLATFORM_NOT_ALLOWED';

/**
 * A mutator refusal a person can act on: `message` says what to do next. It is a Zero
 * ApplicationError, so `code` (and the form `field` it concerns) reach the client as details.
 * Every expected refusal is one of these; anything else that escapes a mutator is a bug.
 */
/**
 * The specifics of a refusal (a duplicate name, quota numbers), so a browser can word it in
 * the reader's language instead of showing `message`, which is English. Optional: a code
 * alone still has a generic sentence in every language.
 */
export type MutationErrorParams = Record<string, string | number>;

export class MutationError extends ApplicationError<{ code: MutationErrorCode; field?: string; params?: MutationErrorParams }> {
  constructor(
    readonly code: MutationErrorCode,
    message: string,
    readonly field?: string,
    readonly params?: MutationErrorParams,
  ) {
    super(message, { details: { code, ...(field ? { field } : {}), ...(params ? { params } : {}) } });
    this.name = 'MutationError';
  }
}

export function isMutationError(e: unknown): e is MutationError {
  return e instanceof MutationError;
}

/** The one refusal for "not allowed" and "no such row among yours": the words never tell them apart. */
export const accessDenied = (message: string) => new MutationError('ACCESS_DENIED', message);

/** A write that would change nothing is refused, so the person learns their click did nothing. */
export const nothingToChange = (why: string) => new MutationError('NOTHING_TO_CHANGE', `Nothing to change: ${why}`);

/** Postgres' unique_violation (23505), optionally on one named constraint or index. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { code, constraint_name } = e as { code?: unknown; constraint_name?: unknown };
  return code === '23505' && (constraint === undefined || constraint_name === constraint);
}

/**
 * Runs a write whose uniqueness was already checked; if a concurrent writer slipped in
 * between check and write, Postgres' unique index answers with the same words.
 */
export async function writeUnique(write: () => Promise<void>, constraint: string, duplicate: () => MutationError): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (isUniqueViolation(e, constraint)) throw duplicate();
    throw e;
  }
}
