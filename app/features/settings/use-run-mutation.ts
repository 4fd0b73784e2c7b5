import type { MutateRequest, MutatorResultErrorDetails } from '@rocicorp/zero';
import { useZero } from '@rocicorp/zero/react';
import { useCallback } from 'react';

export type MutationOutcome = { ok: true } | { ok: false; message: string };

/** Zero prefixes validation failures with the mutator's name; people need only the reason. */
export function mutationErrorInWords(error: MutatorResultErrorDetails['error']): string {
  const reason = error.message.replace(/^Validation failed for mutator [\w.]+: /, '');
  if (error.type === 'app') return reason;
  return `Parley could not save this (${reason}). Check your connection and try again.`;
}

/**
 * Runs a settings mutator and waits for the server's verdict: settings are rare, and a
 * refusal (quota reached, last superadmin, no right) must be shown, not rolled back silently.
 */
export function useRunMutation() {
  const zero = useZero();
  // biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry, whatever its arguments
  return useCallback(
    async (request: MutateRequest<any>): Promise<MutationOutcome> => {
      try {
        const result = zero.mutate(request);
        const local = await result.client;
        if (local.type === 'error') return { ok: false, message: mutationErrorInWords(local.error) };
        const server = await result.server;
        if (server.type === 'error') return { ok: false, message: mutationErrorInWords(server.error) };
        return { ok: true };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `Parley could not save this (${reason}). Reload the page and try again.` };
      }
    },
    [zero],
  );
}
