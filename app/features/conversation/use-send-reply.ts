import type { MutatorResultErrorDetails } from '@rocicorp/zero';
import { useZero } from '@rocicorp/zero/react';
import { useCallback } from 'react';
import { mutators } from '../../../schema/mutators/index.ts';
import { i18n } from '../../i18n/i18n.ts';
import { mutationErrorInWords } from '../../i18n/refusal-words.ts';
import { settle } from '../mutations/settle.ts';

export type SendOutcome = { ok: true } | { ok: false; message: string };

/** A refusal in the reader's language (the server's English words for English readers). */
function inWords(error: MutatorResultErrorDetails['error']): string {
  return mutationErrorInWords(error);
}

type Args = { inReplyToId: string; text: string };

/**
 * Sends a reply with `message.reply`. `onApplied` runs as soon as the reply shows locally
 * (optimistic); the promise settles with the server's verdict, which can still refuse it
 * (then Zero rolls the local row back).
 */
export function useSendReply() {
  const zero = useZero();
  return useCallback(
    async ({ inReplyToId, text }: Args, onApplied?: () => void): Promise<SendOutcome> => {
      try {
        const result = zero.mutate(
          mutators.message.reply({ id: crypto.randomUUID(), inReplyToId, text, sentAt: Date.now() }),
        );
        const local = await result.client;
        if (local.type === 'error') return { ok: false, message: inWords(local.error) };
        onApplied?.();
        // Bounded: Zero 1.9 sometimes never confirms a committed mutation. The reply's own row
        // (its delivery state) is what the thread shows either way, so not confirmed is not a failure.
        const server = await settle(result.server);
        if (server.type === 'error') return { ok: false, message: i18n.t('conversation:reply.notSent', { reason: inWords(server.error) }) };
        return { ok: true };
      } catch (error) {
        // Zero throws (rather than resolving to an error) when the client itself is unusable.
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, message: i18n.t('conversation:reply.notSaved', { reason }) };
      }
    },
    [zero],
  );
}
