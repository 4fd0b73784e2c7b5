import type { MutateRequest, MutatorResultErrorDetails } from '@rocicorp/zero';
import { useZero } from '@rocicorp/zero/react';
import { useCallback } from 'react';
import { i18n } from '../../i18n/i18n.ts';
import { mutationErrorInWords, refusalDetails } from '../../i18n/refusal-words.ts';

/** `field`: the form field a refusal concerns (from the MutationError's details), if any. */
export type MutationOutcome = { ok: true } | { ok: false; message: string; field?: string };

function refused(error: MutatorResultErrorDetails['error']): MutationOutcome {
  return { ok: false, message: mutationErrorInWords(error), field: refusalDetails(error).field };
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
        return { ok: false, message: i18n.t('errors:mutation.clientBroken', { reason }) };
      }
    },
    [zero],
  );
}
