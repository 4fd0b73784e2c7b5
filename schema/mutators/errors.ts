/** A mutator refusal a person can act on: `message` says what to do next. */
export class MutationError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'INVALID' | 'ACCOUNT_DELETED',
    message: string,
  ) {
    super(message);
    this.name = 'MutationError';
  }
}
