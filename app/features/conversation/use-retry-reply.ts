import { useZero } from '@rocicorp/zero/react';
import { useCallback } from 'react';
import { mutators } from '../../../schema/mutators/index.ts';
import { mutationErrorInWords } from '../../i18n/refusal-words.ts';
import { settle } from '../mutations/settle.ts';

/**
 * Sends a failed or not-confirmed reply again (`message.retry`): the server puts it back to
 * pending and queues a real send. Resolves with the refusal in words, or null.
 */
export function useRetryReply() {
  const zero = useZero();
  return useCallback(
    async (id: string): Promise<string | null> => {
      const result = zero.mutate(mutators.message.retry({ id }));
      const local = await result.client;
      if (local.type === 'error') return mutationErrorInWords(local.error);
      // Bounded, as for sending: the reply's delivery state in the thread is the truth.
      const server = await settle(result.server);
      return server.type === 'error' ? mutationErrorInWords(server.error) : null;
    },
    [zero],
  );
}
