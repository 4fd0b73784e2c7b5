import type { MutateRequest } from '@rocicorp/zero';
import { useZero } from '@rocicorp/zero/react';
import { useCallback } from 'react';
import { i18n } from '../../i18n/i18n.ts';
import { type MutationOutcome, mutationOutcome, type OutcomeOptions } from '../mutations/mutation-outcome.ts';

export type { MutationOutcome } from '../mutations/mutation-outcome.ts';

/**
 * Runs a settings mutator and waits, for a few seconds at most, for the server's verdict:
 * settings are rare, and a refusal (quota reached, last superadmin, no right) must be shown,
 * not rolled back silently. A form passes `check` when it can tell from elsewhere that the
 * change was saved; otherwise a lost confirmation ends "Saving…" with words saying so.
 */
export function useRunMutation() {
  const zero = useZero();
  return useCallback(
    // biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry, whatever its arguments
    async (request: MutateRequest<any>, options?: OutcomeOptions): Promise<MutationOutcome> => {
      try {
        return await mutationOutcome(zero.mutate(request), options);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, message: i18n.t('errors:mutation.clientBroken', { reason }) };
      }
    },
    [zero],
  );
}
