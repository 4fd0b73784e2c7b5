import { randomBytes } from 'node:crypto';
import { defineMutator, type Transaction } from '@rocicorp/zero';
import type { PostgresJsTransaction } from '@rocicorp/zero/server/adapters/postgresjs';
import { mutators } from '../../schema/mutators/index.ts';
import { accountIdArgs, createAccountArgs, userIdArgs } from '../../schema/mutators/settings-args.ts';

/** The postgres.js transaction under a server mutator, for the tables that never sync. */
function serverSql(tx: Transaction): PostgresJsTransaction {
  if (tx.location !== 'server') throw new Error('Only a server transaction reaches Postgres directly.');
  return tx.dbTransaction.wrappedTransaction as PostgresJsTransaction;
}

/**
 * What only the server does around the shared settings mutators: session and secret tables
 * that never sync, and the platform check that must wait for the commit.
 */
export function settingsServerMutators(deps: { postCommit: Array<() => Promise<void>>; verifyAccount: (accountId: string) => void }) {
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
        // Not awaited: a slow platform (up to 10 s) must not hold up the mutation's answer.
        deps.postCommit.push(async () => deps.verifyAccount(args.id));
      }),
    },
  };
}
