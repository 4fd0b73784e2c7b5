/**
 * Zero clients log every mutation the server refuses at error level. In tests that expect
 * refusals those lines bury real failures, so they are dropped; everything else still prints.
 * Returns the function that restores console.error.
 */
export function quietExpectedRefusals(): () => void {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (args.some((a) => typeof a === 'string' && /Mutator "[\w.]+" app error on (client|server)/.test(a))) return;
    original(...args);
  };
  return () => {
    console.error = original;
  };
}
