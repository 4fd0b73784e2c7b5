import { randomBytes } from 'node:crypto';
import { defineMutator } from '@rocicorp/zero';
import { mutators } from '../../schema/mutators/index.ts';
import { accountIdArgs, createAccountArgs, userIdArgs } from '../../schema/mutators/settings-args.ts';
import { serverSql } from '../jobs/enqueue.ts';
import { enqueueVerify } from '../jobs/verify-account.ts';

/**
 * What only the server does around the shared settings mutators: session and secret tables
 * that never sync, and the platform check, queued as a job in the same transaction.
 */
export function settingsServerMutators() {
  return {
    user: {
      disable: defineMutator(userIdArgs, async ({ tx, args, ctx }) => {
        await mutators.user.disable.fn({ tx, args, ctx });
        // ORG-6: their sessions end with the same commit. zero-cache re-asks /query every few
        // seconds whether each connection's session is still valid, and then finds none.
        await serverSql(tx)`DELETE FROM auth_session WHERE "userId" = ${args.id}`;
      }),
    },
    account: {
      create: defineMutator(createAccountArgs, async ({ tx, args, ctx }) => {
        await mutators.account.create.fn({ tx, args, ctx });
        const secret = randomBytes(32).toString('hex');
        await serverSql(tx)`INSERT INTO account_secret (account_id, webhook_secret) VALUES (${args.id}, ${secret})`;
      }),
      connect: defineMutator(accountIdArgs, async ({ tx, args, ctx }) => {
        await mutators.account.connect.fn({ tx, args, ctx });
        // A job, not a call: a slow platform (up to 10 s) must not hold up the mutation's answer,
        // and a restart before the check must not leave the account pending for ever.
        await enqueueVerify(tx, args.id);
      }),
    },
  };
}
