import { ApplicationError } from '@rocicorp/zero';

export type MutationErrorCode =
  | 'NOT_FOUND'
  | 'INVALID'
  | 'ACCOUNT_DELETED'
  | 'DUPLICATE'
  | 'LAST_SUPERADMIN'
  | 'SELF'
  | 'SYSTEM'
  | 'CYCLE'
  | 'QUOTA'
  | 'PLATFORM_NOT_ALLOWED';

/**
 * A mutator refusal a person can act on: `message` says what to do next. It is a Zero
 * ApplicationError, so `code` (and the form `field` it concerns) reach the client as details.
 */
export class MutationError extends ApplicationError<{ code: MutationErrorCode; field?: string }> {
  constructor(
    readonly code: MutationErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message, { details: field ? { code, field } : { code } });
    this.name = 'MutationError';
  }
}

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
