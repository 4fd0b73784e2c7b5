import type { MutateRequest } from '@rocicorp/zero';
import { zeroPostgresJS } from '@rocicorp/zero/server/adapters/postgresjs';
import type postgres from 'postgres';
import type { Context } from '../../schema/context.ts';
import { schema } from '../../schema/schema.ts';
import { runMutator } from '../../server/zero/run-mutator.ts';
import { createServerMutators } from '../../server/zero/server-mutators.ts';

export type ServerOutcome = { ok: true } | { ok: false; message: string; code?: string };

/**
 * Runs a server mutator in this process against the stack's Postgres, as /api/zero/mutate
 * would with `ctx`: for a context the HTTP layer never lets through (a user disabled while
 * their request is in flight) and for arguments a client refuses before sending them.
 */
export function serverMutatorRunner(sql: postgres.Sql) {
  const db = zeroPostgresJS(schema, sql);
  // biome-ignore lint/suspicious/noExplicitAny: any mutator of the registry
  return async (request: MutateRequest<any>, ctx: Context): Promise<ServerOutcome> => {
    const mutators = createServerMutators();
    try {
      await db.transaction((tx) => runMutator(mutators, tx, request.mutator.mutatorName, request.args, ctx));
      return { ok: true };
    } catch (e) {
      return { ok: false, message: (e as Error).message, code: (e as { code?: string }).code };
    }
  };
}
