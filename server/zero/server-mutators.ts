import { defineMutator, defineMutators } from '@rocicorp/zero';
import type postgres from 'postgres';
import { mutators } from '../../schema/mutators/index.ts';
import { replyArgs } from '../../schema/mutators/message.ts';
import { verifyAccount } from '../accounts/verify-account.ts';
import { settingsServerMutators } from './settings-server-mutators.ts';

export type PostCommitTask = () => Promise<void>;

/**
 * The shared mutators with what only the server may decide: the clock, and work that
 * must wait until the transaction commits (sending through a connector).
 */
export function createServerMutators(deps: { deliver: (messageId: string) => void; sql: postgres.Sql; postCommit: PostCommitTask[] }) {
  return defineMutators(mutators, {
    message: {
      reply: defineMutator(replyArgs, async ({ tx, args, ctx }) => {
        await mutators.message.reply.fn({ tx, args: { ...args, sentAt: Date.now() }, ctx });
        deps.postCommit.push(async () => deps.deliver(args.id));
      }),
    },
    ...settingsServerMutators({ postCommit: deps.postCommit, verifyAccount: (id) => void verifyAccount(deps.sql, id) }),
  });
}
