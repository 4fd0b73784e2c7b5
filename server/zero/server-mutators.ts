import { defineMutator, defineMutators } from '@rocicorp/zero';
import { mutators } from '../../schema/mutators/index.ts';
import { replyArgs } from '../../schema/mutators/message.ts';
import { retryArgs } from '../../schema/mutators/message-retry.ts';
import { enqueueDelivery } from '../jobs/deliver-reply.ts';
import { settingsServerMutators } from './settings-server-mutators.ts';

/**
 * The shared mutators with what only the server may decide: the clock, and the jobs that
 * carry a commit's side effects (sending through a connector). Each job is enqueued in the
 * mutation's own transaction, so it exists exactly when the change commits.
 */
export function createServerMutators() {
  return defineMutators(mutators, {
    message: {
      reply: defineMutator(replyArgs, async ({ tx, args, ctx }) => {
        await mutators.message.reply.fn({ tx, args: { ...args, sentAt: Date.now() }, ctx });
        await enqueueDelivery(tx, args.id);
      }),
      retry: defineMutator(retryArgs, async ({ tx, args, ctx }) => {
        await mutators.message.retry.fn({ tx, args, ctx });
        await enqueueDelivery(tx, args.id);
      }),
    },
    ...settingsServerMutators(),
  });
}
