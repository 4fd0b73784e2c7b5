import type { MutatorResult, MutatorResultDetails } from '@rocicorp/zero';
import type { Sql } from 'postgres';
import { z as zod } from 'zod';
import { settle, type Verdict } from '../../app/features/mutations/settle.ts';

/**
 * Zero numbers a client's mutations 1, 2, 3… (a fresh `kvStore: 'mem'` client starts at 0)
 * and its server advances `clients."lastMutationID"` as it processes each one, but the
 * client API does not tell the caller which number a mutation got. So every test client
 * counts its own: a mutation takes the next number when its optimistic write commits
 * locally (`.client` succeeds); one whose client run threw, or that a closed client
 * refused, was never written and takes none. Commits are serialized, so `.client`
 * promises resolve in numbering order. (With a `defineMutators` registry, `z.mutate(request)`
 * is the only way to mutate, so no call escapes the count.)
 */
const mutationIds = new WeakMap<MutatorResult, Promise<number | undefined>>();

type Mutating = { mutate: (...args: never[]) => MutatorResult };

/** Wraps `z.mutate(request)` so each result knows its mutation id (used by `serverVerdict`). */
export function numberMutations<Z extends Mutating>(z: Z): Z {
  let committed = 0;
  const numbered = new Proxy(z.mutate, {
    apply(target, thisArg, args) {
      const result = Reflect.apply(target, thisArg, args) as MutatorResult;
      mutationIds.set(
        result,
        result.client.then((local) => (local.type === 'success' ? ++committed : undefined)),
      );
      return result;
    },
  });
  Object.defineProperty(z, 'mutate', { value: numbered, configurable: true, writable: true });
  return z;
}

/** Zero's app id in the test stack (server/stack.ts) names its upstream schema `parley_0`. */
const storedAppError = zod.object({ error: zod.literal('app'), message: zod.string(), details: zod.json().optional() });

/** What Zero's server recorded about mutation `id` of this client, read from Postgres. */
export async function processedInPostgres(sql: Sql, clientGroupID: string, clientID: string, id: number): Promise<boolean | MutatorResultDetails> {
  const [stored] = await sql<{ result: unknown }[]>`
    SELECT result FROM parley_0.mutations
    WHERE "clientGroupID" = ${clientGroupID} AND "clientID" = ${clientID} AND "mutationID" = ${id}`;
  const appError = storedAppError.safeParse(stored?.result);
  if (appError.success) return { type: 'error', error: { type: 'app', message: appError.data.message, details: appError.data.details } };
  const [client] = await sql<{ lastMutationID: string }[]>`
    SELECT "lastMutationID" FROM parley_0.clients WHERE "clientGroupID" = ${clientGroupID} AND "clientID" = ${clientID}`;
  return client !== undefined && Number(client.lastMutationID) >= id;
}

/**
 * The server's verdict on `result`, bounded: Zero's own answer if it comes within
 * `boundMs`, otherwise what Postgres shows Zero's server did with the mutation. If neither
 * can tell, the test fails here, saying so, instead of hanging until its timeout.
 */
export async function serverVerdict(
  z: { clientID: string; clientGroupID: Promise<string> },
  result: MutatorResult,
  sql: Sql,
  boundMs = 5_000,
): Promise<MutatorResultDetails> {
  const ids = mutationIds.get(result);
  if (!ids) throw new Error('serverVerdict needs a result of a client made by connectZero (numberMutations)');
  const local = await result.client;
  const id = await ids;
  let verdict: Verdict;
  if (local.type === 'error' || id === undefined) {
    verdict = await settle(result.server, { boundMs }); // never written: Zero answers at once
  } else {
    const clientGroupID = await z.clientGroupID;
    let asked = false;
    const check = () => {
      asked = true;
      return processedInPostgres(sql, clientGroupID, z.clientID, id);
    };
    verdict = await settle(result.server, { boundMs, check });
    // Said aloud, so a lost confirmation is counted in the log, never silently absorbed.
    if (asked) console.warn(`[serverVerdict] Zero did not confirm mutation ${id} of client ${z.clientID} within ${boundMs} ms; verdict: ${verdict.type}`);
  }
  if (verdict.type === 'unconfirmed') {
    throw new Error(`mutation ${id ?? '(not written)'} of client ${z.clientID}: no answer from Zero within ${boundMs} ms, and Postgres shows it unprocessed`);
  }
  return verdict;
}
