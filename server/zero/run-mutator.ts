import { mustGetMutator, type Transaction } from '@rocicorp/zero';
import type { Context } from '../../schema/context.ts';
import { MutationError } from '../../schema/mutators/errors.ts';
import type { createServerMutators } from './server-mutators.ts';

/**
 * Runs one server mutator the way /api/zero/mutate does. Arguments that fail validation
 * become the coded INVALID refusal (with the schema's words), and an error that is not a
 * refusal is a bug: it is logged here with its stack, once. Expected refusals are not
 * logged at all; the person who made them reads them in the app.
 */
export async function runMutator(mutators: ReturnType<typeof createServerMutators>, tx: Transaction, name: string, args: unknown, ctx: Context): Promise<void> {
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the registry's arguments are checked by each mutator's zod schema
    await mustGetMutator(mutators, name).fn({ tx, args: args as any, ctx });
  } catch (e) {
    if (e instanceof MutationError) throw e;
    if (e instanceof Error && e.name === 'InputValidationError') throw invalid(e);
    console.error(`[parley] mutator ${name} failed:`, e);
    throw e;
  }
}

/** Zod's issue messages, which say what to fix, without Zero's "Validation failed for …" prefix. */
function invalid(e: Error): MutationError {
  const issues = (e as Error & { result?: { issues?: readonly { message: string }[] } }).result?.issues ?? [];
  const words = issues.map((i) => i.message).join(' ');
  return new MutationError('INVALID', words || 'Some of what was sent is not valid. Check the form and try again.');
}
