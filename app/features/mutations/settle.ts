import type { MutatorResultDetails } from '@rocicorp/zero';

/**
 * Zero 1.9 now and then never resolves a mutation's `.server` promise although its server
 * committed the mutation (see shared/STACK.md, "Learned since"). Nobody may wait on it
 * unbounded: not a form showing "Saving…", not a test.
 */

/** The server's verdict, or `unconfirmed` when neither Zero nor the check could give one. */
export type Verdict = MutatorResultDetails | { readonly type: 'unconfirmed' };

/**
 * Asked once the bound has passed: was the mutation in fact processed? `true` means it was
 * (success), `false` that nothing shows it was, and a result is the server's own verdict
 * when the check can read it (a test reading the app error Zero's server stored).
 */
export type ProcessedCheck = () => Promise<boolean | MutatorResultDetails>;

export type SettleOptions = {
  /** How long Zero's own answer is awaited before asking `check`. */
  boundMs?: number;
  /** Without a check, the bound passing means `unconfirmed`. */
  check?: ProcessedCheck;
};

/** A few seconds: a confirmation takes tens of milliseconds on a loaded 2-core machine. */
export const DEFAULT_SETTLE_BOUND_MS = 4_000;

const TIMED_OUT = Symbol('timed out');

/** Zero's `.server` answer if it comes within the bound; otherwise what `check` can tell. */
export async function settle(server: Promise<MutatorResultDetails>, options: SettleOptions = {}): Promise<Verdict> {
  const { boundMs = DEFAULT_SETTLE_BOUND_MS, check } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), boundMs);
  });
  try {
    const first = await Promise.race([server, bound]);
    if (first !== TIMED_OUT) return first;
  } finally {
    clearTimeout(timer);
  }
  if (!check) return { type: 'unconfirmed' };
  // Zero may still answer while the check runs; its own answer is the better one.
  const late = server.then((answer) => ({ answer }));
  const checked = check().then((processed) => ({ processed }));
  const next = await Promise.race([late, checked]);
  if ('answer' in next) return next.answer;
  if (next.processed === true) return { type: 'success' };
  if (next.processed === false) return { type: 'unconfirmed' };
  return next.processed;
}
