import type { MutateRequest, MutatorResultErrorDetails } from '@rocicorp/zero';
import { useZero } from '@rocicorp/zero/react';
import { useCallback } from 'react';

/** `field`: the form field a refusal concerns (from the MutationError's details), if any. */
export type MutationOutcome = { ok: true } | { ok: false; message: string; field?: string };

function fieldOf(error: MutatorResultErrorDetails['error']): string | undefined {
  if (error.type !== 'app') return undefined;
  const details = error.details;
  if (!details || typeof details !== 'object' || Array.isArray(details)) return undefined;
  const field = (details as Record<string, unknown>).field;
  return typeof field === 'string' ? field : undefined;
}

function refused(error: MutatorResultErrorDetails['error']): MutationOutcome {
  return { ok: false, message: mutationErrorInWords(error), field: fieldOf(error) };
}

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
  return useCallback(
    // biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry, whatever its arguments
    async (request: MutateRequest<any>): Promise<MutationOutcome> => {
      try {
        const result = zero.mutate(request);
        const local = await result.client;
        if (local.type === 'error') return refused(local.error);
        const server = await result.server;
        if (server.type === 'error') return refused(server.error);
        return { ok: true };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `Parley could not save this (${reason}). Reload the page and try again.` };
      }
    },
    [zero],
  );
}
